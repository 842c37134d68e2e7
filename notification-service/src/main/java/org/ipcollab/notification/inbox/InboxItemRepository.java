package org.ipcollab.notification.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ipcollab.notification.inbox.domain.Notification;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InboxItemRepository implements PanacheRepositoryBase<InboxItemEntity, UUID> {
    private static final Sort NEWEST_FIRST = Sort.descending("createdAt").and("id", Sort.Direction.Descending);

    /**
     * Puts the notification in its department's inbox unless that department already has an item for the event: the
     * unique key (event_id, department_id) decides, not a prior check. The item takes the department's next stream
     * sequence under the row lock of department_stream, held to commit, so sequence order is commit order. Returns the
     * new item's id, or null when the department already had one (a redelivery; the sequence number is then skipped).
     */
    @Transactional(TxType.MANDATORY)
    public UUID addIfAbsent(Notification n, LocalDate dueDate, Instant now) {
        UUID id = UUID.randomUUID();
        int added = getEntityManager().createNativeQuery("""
                with s as (insert into department_stream (department_id, last_seq) values (:department, 1)
                           on conflict (department_id) do update set last_seq = department_stream.last_seq + 1
                           returning last_seq)
                insert into inbox_item (id, department_id, event_id, event_type, case_id, district,
                                        title_zh, title_en, summary_zh, summary_en, created_at, seq, due_date)
                select :id, :department, :eventId, :eventType, :caseId, :district,
                        :titleZh, :titleEn, :summaryZh, :summaryEn, :createdAt, s.last_seq, cast(:dueDate as date) from s
                on conflict (event_id, department_id) do nothing""")
                .setParameter("id", id)
                .setParameter("department", n.departmentId())
                .setParameter("eventId", n.eventId())
                .setParameter("eventType", n.eventType())
                .setParameter("caseId", n.caseId())
                .setParameter("district", n.district())
                .setParameter("titleZh", n.text().titleZh())
                .setParameter("titleEn", n.text().titleEn())
                .setParameter("summaryZh", n.text().summaryZh())
                .setParameter("summaryEn", n.text().summaryEn())
                .setParameter("createdAt", now)
                .setParameter("dueDate", dueDate == null ? null : dueDate.toString())
                .executeUpdate();
        return added == 1 ? id : null;
    }

    /** {@link #addIfAbsent(Notification, LocalDate, Instant)} without a due date; true when an item was added. */
    @Transactional(TxType.MANDATORY)
    public boolean addIfAbsent(Notification n, Instant now) {
        return addIfAbsent(n, null, now) != null;
    }

    /** Items of the department after stream sequence {@code afterSeq}, oldest first, at most {@code limit}. */
    public List<InboxItemEntity> after(String departmentId, long afterSeq, int limit) {
        return find("departmentId = ?1 and seq > ?2", Sort.by("seq"), departmentId, afterSeq).page(0, limit).list();
    }

    /**
     * A department's items, newest first, filtered: {@code unread} and {@code acknowledged} null for either,
     * {@code eventType} a prefix of the type, {@code caseId} one case.
     */
    public PanacheQuery<InboxItemEntity> of(String departmentId, Boolean unread, Boolean acknowledged,
            String eventType, UUID caseId) {
        StringBuilder q = new StringBuilder("departmentId = :d");
        io.quarkus.panache.common.Parameters p = io.quarkus.panache.common.Parameters.with("d", departmentId);
        if (unread != null) {
            q.append(unread ? " and readAt is null" : " and readAt is not null");
        }
        if (acknowledged != null) {
            q.append(acknowledged ? " and acknowledgedAt is not null" : " and acknowledgedAt is null");
        }
        if (eventType != null) {
            q.append(" and eventType like :t");
            p = p.and("t", eventType.replace("%", "") + "%");
        }
        if (caseId != null) {
            q.append(" and caseId = :c");
            p = p.and("c", caseId);
        }
        return find(q.toString(), NEWEST_FIRST, p.map());
    }

    /** A department's items, newest first; {@code unread} null for all, true for unread only, false for read only. */
    public PanacheQuery<InboxItemEntity> of(String departmentId, Boolean unread) {
        return of(departmentId, unread, null, null, null);
    }
}
