package org.ipcollab.notification.inbox;

import java.time.Instant;
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
     * unique key (event_id, department_id) decides, not a prior check. True when an item was added.
     */
    @Transactional(TxType.MANDATORY)
    public boolean addIfAbsent(Notification n, Instant now) {
        return getEntityManager().createNativeQuery("""
                insert into inbox_item (id, department_id, event_id, event_type, case_id, district,
                                        title_zh, title_en, summary_zh, summary_en, created_at)
                values (:id, :department, :eventId, :eventType, :caseId, :district,
                        :titleZh, :titleEn, :summaryZh, :summaryEn, :createdAt)
                on conflict (event_id, department_id) do nothing""")
                .setParameter("id", UUID.randomUUID())
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
                .executeUpdate() == 1;
    }

    /** A department's items, newest first; {@code unread} null for all, true for unread only, false for read only. */
    public PanacheQuery<InboxItemEntity> of(String departmentId, Boolean unread) {
        if (unread == null) {
            return find("departmentId = ?1", NEWEST_FIRST, departmentId);
        }
        return find(unread ? "departmentId = ?1 and readAt is null" : "departmentId = ?1 and readAt is not null",
                NEWEST_FIRST, departmentId);
    }
}
