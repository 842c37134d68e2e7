package org.ipcollab.referral.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ipcollab.referral.messaging.Outbox;
import org.ipcollab.referral.referral.domain.Actor;
import org.ipcollab.referral.referral.domain.Fact;
import org.ipcollab.referral.referral.domain.Referral;
import org.ipcollab.referral.referral.domain.ReverseReferral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records a fact twice in the caller's transaction: as a row of the append-only step record and as an outbox event
 * keyed by the case id (so all events of one case stay in order).
 */
@ApplicationScoped
public class ReferralEvents {
    static final String AGGREGATE = "referral";

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional(TxType.MANDATORY)
    public void record(Referral r, Actor actor, Fact fact, String statusBefore, Instant now) {
        ReferralEventData data = new ReferralEventData(r.caseId(), r.id(),
                fact.details().get("reverseReferralId") == null ? null
                        : UUID.fromString((String) fact.details().get("reverseReferralId")),
                r.district(), r.status().name(), r.status().zh(), r.status().en(), now.toString(),
                new ReferralEventData.EventActor(actor.subject(), actor.role(), actor.department()),
                new ReferralEventData.Departments(r.agencyDepartment(), r.policeDepartment(),
                        r.procuratorateDepartment(), r.courtDepartment()),
                fact.summaryZh(), fact.summaryEn(), fact.details());
        write(r.id(), actor, fact, statusBefore, r.status().name(), now, data);
    }

    @Transactional(TxType.MANDATORY)
    public void record(ReverseReferral r, Actor actor, Fact fact, String statusBefore, Instant now) {
        ReferralEventData data = new ReferralEventData(r.caseId(), r.referralId(), r.id(), r.district(),
                r.status().name(), r.status().zh(), r.status().en(), now.toString(),
                new ReferralEventData.EventActor(actor.subject(), actor.role(), actor.department()),
                new ReferralEventData.Departments(r.agencyDepartment(),
                        r.from() == org.ipcollab.referral.referral.domain.Party.POLICE ? r.fromDepartment() : null,
                        r.procuratorateDepartment(), null),
                fact.summaryZh(), fact.summaryEn(), fact.details());
        write(r.id(), actor, fact, statusBefore, r.status().name(), now, data);
    }

    /** A fact about a civil dispute addressed to a court (no referral): the dispute's status, the case's agency. */
    @Transactional(TxType.MANDATORY)
    public void record(org.ipcollab.referral.court.domain.CourtDispute d, Actor actor, Fact fact, String statusBefore,
            Instant now) {
        ReferralEventData data = new ReferralEventData(d.caseId(), null, null, d.district(), d.status().name(),
                d.status().zh(), d.status().en(), now.toString(),
                new ReferralEventData.EventActor(actor.subject(), actor.role(), actor.department()),
                new ReferralEventData.Departments(d.agencyDepartment(), null, null, d.courtDepartment()),
                fact.summaryZh(), fact.summaryEn(), fact.details());
        write(d.id(), actor, fact, statusBefore, d.status().name(), now, data);
    }

    private void write(UUID ownerId, Actor actor, Fact fact, String before, String after, Instant now,
            ReferralEventData data) {
        String details;
        try {
            details = json.writeValueAsString(fact.details());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("insert into referral_step (owner_id, fact, actor_subject, actor_role, actor_department_id,"
                + " at, status_before, status_after, summary_zh, summary_en, details) values (:owner, :fact, :subject,"
                + " :role, :dept, :at, :before, :after, :zh, :en, :details)")
                .setParameter("owner", ownerId).setParameter("fact", fact.name())
                .setParameter("subject", actor.subject()).setParameter("role", actor.role())
                .setParameter("dept", actor.department()).setParameter("at", now).setParameter("before", before)
                .setParameter("after", after).setParameter("zh", fact.summaryZh()).setParameter("en", fact.summaryEn())
                .setParameter("details", details).executeUpdate();
        outbox.append(AGGREGATE, data.caseId().toString(), fact.type(), data.district(), data);
    }
}
