package org.ipcollab.notification.calendar.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 工作日历 — the official PRC working-day calendar, built from one {@link YearCalendar} per year.
 * <p>
 * A date is a working day iff it is Monday–Friday and not a holiday day off, or it is an adjusted working day (调休上班).
 * Asking about a date in a year with no calendar loaded throws {@link CalendarNotLoadedException}; there is no
 * Monday–Friday fallback. All legal dates are dates in {@link #LEGAL_ZONE Asia/Shanghai}. Immutable.
 */
public final class WorkingDayCalendar {
    /** The zone every legal date is reckoned in. */
    public static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Shanghai");

    private final Map<Integer, YearCalendar> years;
    private final Map<LocalDate, Holiday> daysOff;
    private final Map<LocalDate, AdjustedWorkingDay> workedWeekends;
    private final boolean provisional;

    private WorkingDayCalendar(Map<Integer, YearCalendar> years) {
        this(years, false);
    }

    private WorkingDayCalendar(Map<Integer, YearCalendar> years, boolean provisional) {
        this.provisional = provisional;
        this.years = Map.copyOf(years);
        Map<LocalDate, Holiday> off = new HashMap<>();
        Map<LocalDate, AdjustedWorkingDay> worked = new HashMap<>();
        for (YearCalendar year : new TreeMap<>(years).values()) {
            for (Holiday holiday : year.holidays()) {
                for (LocalDate date : holiday.dates()) {
                    off.putIfAbsent(date, holiday);
                }
            }
            for (AdjustedWorkingDay adjusted : year.adjustedWorkingDays()) {
                worked.putIfAbsent(adjusted.date(), adjusted);
            }
        }
        for (LocalDate date : off.keySet()) {
            if (worked.containsKey(date)) {
                throw new IllegalArgumentException("the loaded calendars disagree about " + date
                        + ": a day off in one, a working day in another");
            }
        }
        this.daysOff = Map.copyOf(off);
        this.workedWeekends = Map.copyOf(worked);
    }

    /** A calendar of the given years; two calendars for the same year are refused. */
    public static WorkingDayCalendar of(Collection<YearCalendar> calendars) {
        Map<Integer, YearCalendar> byYear = new HashMap<>();
        for (YearCalendar calendar : calendars) {
            if (byYear.putIfAbsent(calendar.year(), calendar) != null) {
                throw new IllegalArgumentException("two calendars for the year " + calendar.year());
            }
        }
        return new WorkingDayCalendar(byYear);
    }

    /** This calendar with {@code calendar} added, replacing any calendar already loaded for its year. */
    public WorkingDayCalendar with(YearCalendar calendar) {
        Map<Integer, YearCalendar> byYear = new HashMap<>(years);
        byYear.put(calendar.year(), calendar);
        return new WorkingDayCalendar(byYear, provisional);
    }

    /**
     * 暂定 — this calendar, but a year without a loaded calendar counts Monday–Friday as working days and has no
     * holidays instead of failing. For showing running clocks whose period reaches into a year whose State Council
     * notice is not yet published or loaded; every such result must be marked provisional
     * ({@link #isProvisionalBetween}).
     */
    public WorkingDayCalendar provisional() {
        return provisional ? this : new WorkingDayCalendar(years, true);
    }

    /** Whether a computation over {@code from}..{@code to} used a year with no loaded calendar. */
    public boolean isProvisionalBetween(LocalDate from, LocalDate to) {
        for (int year = Math.min(from.getYear(), to.getYear()); year <= Math.max(from.getYear(), to.getYear()); year++) {
            if (!years.containsKey(year)) {
                return true;
            }
        }
        return false;
    }

    /** The legal date (Asia/Shanghai) of an instant. */
    public static LocalDate legalDate(Instant instant) {
        return instant.atZone(LEGAL_ZONE).toLocalDate();
    }

    /** The last instant of a legal date: 23:59:59.999999999 Asia/Shanghai. */
    public static Instant endOf(LocalDate date) {
        return date.atTime(LocalTime.MAX).atZone(LEGAL_ZONE).toInstant();
    }

    public SortedSet<Integer> years() {
        return new TreeSet<>(years.keySet());
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    /** The calendar loaded for {@code year}; throws {@link CalendarNotLoadedException} if none is. */
    public YearCalendar year(int year) {
        YearCalendar calendar = years.get(year);
        if (calendar == null) {
            throw new CalendarNotLoadedException(year);
        }
        return calendar;
    }

    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        if (workedWeekends.containsKey(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !daysOff.containsKey(date);
    }

    /** The holiday {@code date} is a day off of, if any (weekend days inside a holiday included). */
    public Optional<Holiday> holidayOn(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(daysOff.get(date));
    }

    /** The 调休 entry that makes {@code date} a working day, if any. */
    public Optional<AdjustedWorkingDay> adjustedWorkingDayOn(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(workedWeekends.get(date));
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDayAfter(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The {@code n}-th working day after {@code date}, {@code date} itself not counted (期间开始的日不计算在期间内);
     * {@code date} itself for n = 0.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
        LocalDate day = date;
        for (int counted = 0; counted < n;) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The {@code n}-th working day before {@code date}, {@code date} itself not counted. */
    public LocalDate minusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
        LocalDate day = date;
        for (int counted = 0; counted < n;) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private void requireCovered(LocalDate date) {
        if (!provisional && !years.containsKey(date.getYear())) {
            throw new CalendarNotLoadedException(date.getYear());
        }
    }
}
