package org.ipcollab.cases.partnerfeed;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** The table {@code case_partner_status}: one row per case and partner service, only ever moved forward in time. */
@ApplicationScoped
public class PartnerStatuses {
    @Inject
    EntityManager em;

    /** A status to record, as read from a partner's event. */
    public record Update(UUID caseId, PartnerSource source, String eventType, String status, String statusZh,
            String statusEn, Instant occurredAt, String eventId) {
    }

    /** The outcome of {@link #record}. */
    public enum Outcome {
        /** The status is now the case's latest for that partner. */
        RECORDED,
        /** A status that occurred later (or at the same instant) is already recorded; nothing changed. */
        OLDER,
        /** No such case in this service: nothing to show it on. */
        NO_SUCH_CASE
    }

    /**
     * Records {@code update} if the case exists here and nothing newer is recorded. The comparison is in the upsert's
     * {@code where}, so two replicas applying two events of one case concurrently still keep the newer one.
     */
    @Transactional(TxType.MANDATORY)
    public Outcome record(Update update) {
        int changed = em.createNativeQuery("insert into case_partner_status (case_id, source, event_type, status_code,"
                + " label_zh, label_en, occurred_at, event_id, recorded_at)"
                + " select c.id, :source, :eventType, :status, :statusZh, :statusEn, :occurredAt, :eventId, now()"
                + " from ip_case c where c.id = :caseId"
                + " on conflict (case_id, source) do update set event_type = excluded.event_type,"
                + " status_code = excluded.status_code, label_zh = excluded.label_zh, label_en = excluded.label_en,"
                + " occurred_at = excluded.occurred_at, event_id = excluded.event_id, recorded_at = excluded.recorded_at"
                + " where case_partner_status.occurred_at < excluded.occurred_at")
                .setParameter("caseId", update.caseId())
                .setParameter("source", update.source().name())
                .setParameter("eventType", update.eventType())
                .setParameter("status", update.status())
                .setParameter("statusZh", update.statusZh())
                .setParameter("statusEn", update.statusEn())
                .setParameter("occurredAt", update.occurredAt())
                .setParameter("eventId", update.eventId())
                .executeUpdate();
        if (changed == 1) {
            return Outcome.RECORDED;
        }
        boolean exists = !em.createNativeQuery("select 1 from ip_case where id = :caseId")
                .setParameter("caseId", update.caseId()).getResultList().isEmpty();
        return exists ? Outcome.OLDER : Outcome.NO_SUCH_CASE;
    }

    /** The partner statuses of one case. */
    @Transactional(TxType.MANDATORY)
    public PartnersView of(UUID caseId) {
        return of(List.of(caseId)).getOrDefault(caseId, PartnersView.NONE);
    }

    /** The partner statuses of several cases (a page of a list); a case without any is absent from the map. */
    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Map<UUID, PartnersView> of(Collection<UUID> caseIds) {
        Map<UUID, PartnersView> views = new HashMap<>();
        if (caseIds.isEmpty()) {
            return views;
        }
        List<Object[]> rows = em.createNativeQuery("select case_id, source, event_type, status_code, label_zh,"
                + " label_en, occurred_at, event_id, recorded_at from case_partner_status where case_id in (:ids)")
                .setParameter("ids", caseIds).getResultList();
        for (Object[] r : rows) {
            UUID caseId = r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString());
            PartnerSource source = PartnerSource.valueOf((String) r[1]);
            PartnerStatusView view = new PartnerStatusView(source, source.labelZh(), source.labelEn(), (String) r[3],
                    (String) r[4], (String) r[5], (String) r[2], (String) r[7], instant(r[6]), instant(r[8]));
            PartnersView before = views.getOrDefault(caseId, PartnersView.NONE);
            views.put(caseId, source == PartnerSource.REFERRAL ? new PartnersView(view, before.mediation())
                    : new PartnersView(before.referral(), view));
        }
        return views;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
