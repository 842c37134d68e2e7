package org.ipcollab.cases.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ipcollab.cases.rules.domain.YearCalendar;

/**
 * 工作日历 — one year's calendar as in force ({@code GET /rules/calendars/{year}}) or as just loaded: the State
 * Council notice, the holidays with all their days off, and the adjusted working days (调休上班).
 */
public record CalendarResponse(int year, Source source, boolean confirmed, List<HolidayResponse> holidays,
        List<AdjustedWorkingDayResponse> adjustedWorkingDays, RuleOrigin.Source origin, Long documentId,
        String loadedBy, String loadedByDistrict, Instant loadedAt, String reason) {

    public record Source(String document, String title, String url, LocalDate published) {
    }

    public record HolidayResponse(String nameZh, String nameEn, List<LocalDate> dates) {
    }

    /** @param forZh the holiday the worked weekend day makes up for */
    public record AdjustedWorkingDayResponse(LocalDate date, DayOfWeek dayOfWeek, String forZh) {
    }

    static CalendarResponse of(YearCalendar calendar, RuleOrigin origin) {
        return new CalendarResponse(calendar.year(),
                new Source(calendar.source().document(), calendar.source().title(), calendar.source().url(),
                        calendar.source().published()),
                calendar.confirmed(),
                calendar.holidays().stream().map(h -> new HolidayResponse(h.nameZh(), h.nameEn(), h.dates())).toList(),
                calendar.adjustedWorkingDays().stream()
                        .map(a -> new AdjustedWorkingDayResponse(a.date(), a.date().getDayOfWeek(), a.forZh())).toList(),
                origin.source(), origin.documentId(), origin.loadedBy(), origin.loadedByDistrict(), origin.loadedAt(),
                origin.reason());
    }
}
