package org.ipcollab.cases.rules;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.inject.Inject;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.cases.rules.domain.ClockReading;
import org.ipcollab.cases.rules.domain.PeriodUnit;
import org.ipcollab.cases.rules.domain.StatutoryClock;
import org.ipcollab.cases.rules.domain.TimeLimitRule;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;
import org.ipcollab.cases.rules.domain.YearCalendar;

import io.quarkus.security.Authenticated;

/**
 * The legal rules in force, for every signed-in user: working-day calendars, statutory time limits (with what a clock
 * started at a given instant would show) and criminal thresholds. Loading rules is {@link RulesAdminResource}.
 */
@Path("/rules")
@Tag(name = "rules", description = "法律规则 — working-day calendars, statutory time limits, criminal thresholds")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RulesResource {
    /** The longest range {@code GET /rules/working-days} answers, in days (both ends included). */
    static final int MAX_WORKING_DAYS_RANGE = 366;

    @Inject
    LegalRules rules;

    @GET
    @Path("/calendars")
    @Operation(summary = "工作日历列表 — the years with a working-day calendar in force, their notice and origin")
    public List<CalendarSummaryResponse> calendars() {
        LegalRules.Snapshot s = rules.snapshot();
        return s.calendar().years().stream()
                .map(year -> CalendarSummaryResponse.of(s.calendar().year(year), s.calendarOrigins().get(year)))
                .toList();
    }

    @GET
    @Path("/calendars/{year}")
    @Operation(summary = "某年工作日历 — a year's holidays and adjusted working days (调休); 404 when none is loaded")
    public CalendarResponse calendar(@PathParam("year") String year) {
        LegalRules.Snapshot s = rules.snapshot();
        int y = parseYear(year);
        if (!s.calendar().covers(y)) {
            throw new NotFoundException(RulesProblemMappers.notLoadedDetail(y));
        }
        return CalendarResponse.of(s.calendar().year(y), s.calendarOrigins().get(y));
    }

    @GET
    @Path("/working-days")
    @Operation(summary = "工作日查询 — each date from..to (YYYY-MM-DD, at most 366 days): working or not, holiday, 调休")
    public WorkingDaysResponse workingDays(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw new ValidationException("'to' (" + last + ") is before 'from' (" + first + ")");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_WORKING_DAYS_RANGE) {
            throw new ValidationException("at most " + MAX_WORKING_DAYS_RANGE + " days at a time; " + first + ".."
                    + last + " is " + days);
        }
        WorkingDayCalendar calendar = rules.calendar();
        List<WorkingDaysResponse.Day> result = new ArrayList<>();
        int working = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            boolean isWorking = calendar.isWorkingDay(d); // CalendarNotLoadedException → 409
            var holiday = calendar.holidayOn(d);
            var adjusted = calendar.adjustedWorkingDayOn(d);
            working += isWorking ? 1 : 0;
            result.add(new WorkingDaysResponse.Day(d, d.getDayOfWeek(), isWorking,
                    holiday.map(h -> h.nameZh()).orElse(null), holiday.map(h -> h.nameEn()).orElse(null),
                    adjusted.isPresent(), adjusted.map(a -> a.forZh()).orElse(null)));
        }
        return new WorkingDaysResponse(first, last, working, result);
    }

    @GET
    @Path("/time-limits")
    @Operation(summary = "法定期限 — every version of every statutory time limit, with its source and effective dates")
    public List<TimeLimitRuleResponse> timeLimits() {
        return rules.timeLimits().all().stream().map(TimeLimitRuleResponse::of).toList();
    }

    @GET
    @Path("/time-limits/{id}/due")
    @Operation(summary = "期限试算 — the due date of a clock of this rule started at 'start' (ISO instant); 409 when"
            + " a needed year's calendar is not loaded")
    public DueResponse due(@PathParam("id") String id, @QueryParam("start") String start) {
        Instant startedAt = instant("start", start);
        LocalDate startDate = WorkingDayCalendar.legalDate(startedAt);
        if (!rules.timeLimits().ids().contains(id)) {
            throw new NotFoundException("no time-limit rule " + id);
        }
        TimeLimitRule rule;
        try {
            rule = rules.timeLimits().inForce(id, startDate);
        } catch (NoSuchElementException e) {
            throw new ValidationException(e.getMessage());
        }
        StatutoryClock clock;
        try {
            clock = StatutoryClock.start(rule, startedAt);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
        LegalRules.Snapshot s = rules.snapshot();
        ClockReading reading = clock.read(s.calendar(), startedAt); // CalendarNotLoadedException → 409
        List<DueResponse.CalendarUsed> used = new ArrayList<>();
        if (reading.dueDate() != null && (rule.unit() == PeriodUnit.WORKING_DAYS || rule.finalDayRollsOver())) {
            for (int y = startDate.plusDays(1).getYear(); y <= reading.dueDate().getYear(); y++) {
                if (s.calendar().covers(y)) {
                    YearCalendar c = s.calendar().year(y);
                    used.add(new DueResponse.CalendarUsed(y, c.confirmed(), s.calendarOrigins().get(y).source(),
                            c.source().document()));
                }
            }
        }
        return new DueResponse(rule.id(), rule.labelZh(), rule.labelEn(), rule.amount(), rule.unit(),
                rule.counting(), rule.finalDayRollsOver(), rule.confirmed(), rule.citation(), startedAt, startDate,
                reading.status(), reading.dueDate(), reading.dueAt(), used);
    }

    @GET
    @Path("/thresholds")
    @Operation(summary = "入罪标准 — the criminal threshold rule sets in force, figures in yuan and counts, with"
            + " confirmed flags and pending figures")
    public List<ThresholdSetResponse> thresholds() {
        LegalRules.Snapshot s = rules.snapshot();
        return s.thresholds().all().stream()
                .map(set -> ThresholdSetResponse.of(set, s.thresholdOrigins().get(set.id()))).toList();
    }

    private static int parseYear(String year) {
        if (year == null || !year.matches("[0-9]{4}")) {
            throw new NotFoundException("'" + year + "' is not a year like 2027");
        }
        return Integer.parseInt(year);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("query parameter '" + name + "' is required, a date like 2027-01-04");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new BadRequestException("query parameter '" + name + "' is '" + value + "', not a date like"
                    + " 2027-01-04");
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("query parameter '" + name + "' is required, an instant like"
                    + " 2026-12-20T02:00:00Z or 2026-12-20T10:00:00+08:00");
        }
        try {
            // An unencoded '+' of an offset arrives as a space; an instant never contains one.
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeException e) {
            throw new BadRequestException("query parameter '" + name + "' is '" + value + "', not an instant like"
                    + " 2026-12-20T02:00:00Z or 2026-12-20T10:00:00+08:00");
        }
    }
}
