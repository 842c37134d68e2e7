package org.ipcollab.notification.inbox.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * 通知 — notification: one event told to one department. It lands in that department's 收件箱 (inbox) as one item;
 * the pair (eventId, departmentId) identifies it, so a redelivered event never makes a second item.
 */
public record Notification(String departmentId, String eventId, String eventType, UUID caseId, String district,
        NotificationText text) {
    public Notification {
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(text, "text");
    }
}
