package org.ipcollab.cases.rules;

import java.time.Instant;
import java.time.LocalDate;

import org.ipcollab.cases.rules.domain.YearCalendar;

/** One year of {@code GET /rules/calendars}: its notice, whether it is confirmed, and where it comes from. */
public record CalendarSummaryResponse(int year, String sourceDocument, String sourceTitle, String sourceUrl,
        LocalDate sourcePublished, boolean confirmed, int holidays, int adjustedWorkingDays,
        RuleOrigin.Source origin, Long documentId, String loadedBy, String loadedByDistrict, Instant loadedAt,
        String reason) {

    static CalendarSummaryResponse of(YearCalendar calendar, RuleOrigin origin) {
        return new CalendarSummaryResponse(calendar.year(), calendar.source().document(), calendar.source().title(),
                calendar.source().url(), calendar.source().published(), calendar.confirmed(),
                calendar.holidays().size(), calendar.adjustedWorkingDays().size(), origin.source(),
                origin.documentId(), origin.loadedBy(), origin.loadedByDistrict(), origin.loadedAt(), origin.reason());
    }
}
