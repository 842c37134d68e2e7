package org.ipcollab.notification.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The State Council notice a year's calendar comes from.
 *
 * @param document  document number, e.g. 国办发明电〔2024〕12号
 * @param title     e.g. 国务院办公厅关于2025年部分节假日安排的通知
 * @param url       where the text was read, or {@code null}
 * @param published the date the notice was issued
 */
public record CalendarSource(String document, String title, String url, LocalDate published) {
    public CalendarSource {
        if (document == null || document.isBlank() || title == null || title.isBlank()) {
            throw new IllegalArgumentException("a calendar source has a document number and a title");
        }
        Objects.requireNonNull(published, "published");
        if (url != null && url.isBlank()) {
            url = null;
        }
    }
}
