package org.ipcollab.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One item of a department's inbox, made from a {@link org.ipcollab.notification.inbox.domain.Notification}.
 * Written only by {@link InboxItemRepository#addIfAbsent}; never a REST body.
 */
@Entity
@Table(name = "inbox_item")
public class InboxItemEntity {
    @Id
    public UUID id;

    @Column(name = "department_id", nullable = false, length = 100)
    public String departmentId;

    @Column(name = "event_id", nullable = false, length = 200)
    public String eventId;

    @Column(name = "event_type", nullable = false, length = 200)
    public String eventType;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false, length = 6)
    public String district;

    @Column(name = "title_zh", nullable = false, length = 1000)
    public String titleZh;

    @Column(name = "title_en", nullable = false, length = 1000)
    public String titleEn;

    @Column(name = "summary_zh", nullable = false, length = 2000)
    public String summaryZh;

    @Column(name = "summary_en", nullable = false, length = 2000)
    public String summaryEn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    /** The department's live-stream sequence: monotonic per department, in commit order (the SSE {@code id:}). */
    @Column(nullable = false)
    public long seq;

    @Column(name = "due_date")
    public java.time.LocalDate dueDate;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 200)
    public String acknowledgedBy;
}
