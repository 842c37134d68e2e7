package org.ipcollab.referral.court;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotFoundException;

import org.ipcollab.referral.casefeed.CaseProjectionEntity;
import org.ipcollab.referral.casefeed.CaseProjectionRepository;
import org.ipcollab.referral.court.domain.CourtDispute;
import org.ipcollab.referral.court.domain.DisputeStatus;
import org.ipcollab.referral.court.domain.MediationMode;
import org.ipcollab.referral.problem.DomainConflictException;
import org.ipcollab.referral.referral.ReferralEvents;
import org.ipcollab.referral.referral.domain.Actor;
import org.ipcollab.referral.referral.domain.Fact;
import org.ipcollab.referral.referral.domain.StepRefused;

import io.quarkus.security.ForbiddenException;

/** 法院收件箱 — disputes addressed to a court and the prosecutions sent to it. */
@ApplicationScoped
public class CourtDisputes {
    @Inject
    EntityManager em;

    @Inject
    CaseProjectionRepository cases;

    @Inject
    ReferralEvents events;

    Clock clock = Clock.systemUTC();

    public record DisputeView(UUID id, UUID caseId, String district, String courtDepartmentId,
            String agencyDepartmentId, String plaintiff, String plaintiffUserId, String defendant,
            String defendantUserId, String claim, String status, String statusZh, String statusEn, String mediationMode,
            String mediationOrganisation, UUID mediationOrganisationId, Instant entrustedAt) {
        static DisputeView of(CourtDispute d) {
            return new DisputeView(d.id(), d.caseId(), d.district(), d.courtDepartment(), d.agencyDepartment(),
                    d.plaintiff(), d.plaintiffUserId(), d.defendant(), d.defendantUserId(), d.claim(), d.status().name(),
                    d.status().zh(), d.status().en(), d.mode() == null ? null : d.mode().name(),
                    d.mediationOrganisation(), d.mediationOrganisationId(), d.entrustedAt());
        }
    }

    /** A prosecution in the court's inbox. */
    public record ProsecutionView(UUID referralId, UUID caseId, String status, String statusZh, String statusEn,
            String procuratorateDepartmentId, int suspectedArticle, Instant updatedAt) {
    }

    public record Inbox(List<ProsecutionView> prosecutions, List<DisputeView> disputes) {
    }

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional
    public DisputeView register(Actor actor, CourtRequests.Register req) {
        CaseProjectionEntity c = cases.findById(req.caseId());
        if (c == null || !c.district.equals(actor.district())) {
            throw new ValidationException("caseId: no case " + req.caseId() + " is known in district "
                    + actor.district());
        }
        if (req.plaintiffUserId() != null && req.plaintiffUserId().equals(req.defendantUserId())) {
            throw new ValidationException("defendantUserId: plaintiff and defendant are two different users");
        }
        Instant now = now();
        CourtDispute.Registered r = domain(() -> CourtDispute.register(UUID.randomUUID(), c.caseId, c.district,
                c.departmentId, actor, req.plaintiff(), req.defendant(), req.claim(), req.plaintiffUserId(),
                req.defendantUserId()));
        CourtDispute d = r.dispute();
        em.createNativeQuery("insert into court_dispute (id, case_id, district, court_department_id,"
                + " agency_department_id, plaintiff, defendant, claim, plaintiff_user_id, defendant_user_id, status,"
                + " registered_at) values (:id, :case, :district, :court, :agency, :plaintiff, :defendant, :claim,"
                + " :plaintiffUser, :defendantUser, :status, :at)")
                .setParameter("id", d.id()).setParameter("case", d.caseId()).setParameter("district", d.district())
                .setParameter("court", d.courtDepartment()).setParameter("agency", d.agencyDepartment())
                .setParameter("plaintiff", d.plaintiff()).setParameter("defendant", d.defendant())
                .setParameter("plaintiffUser", d.plaintiffUserId()).setParameter("defendantUser", d.defendantUserId())
                .setParameter("claim", d.claim()).setParameter("status", d.status().name()).setParameter("at", now)
                .executeUpdate();
        for (Fact f : r.facts()) {
            events.record(d, actor, f, null, now);
        }
        return DisputeView.of(d);
    }

    @Transactional
    public DisputeView entrust(UUID id, Actor actor, CourtRequests.Entrust req) {
        CourtDispute d = load(id, actor, true);
        String before = d.status().name();
        Instant now = now();
        List<Fact> facts = domain(() -> d.entrustMediation(actor, req.mode(), req.mediationOrganisation(),
                req.mediationOrganisationId(), req.note(), now));
        em.createNativeQuery("update court_dispute set status = :status, mediation_mode = :mode,"
                + " mediation_organisation = :org, mediation_organisation_id = :orgId, entrusted_at = :at"
                + " where id = :id")
                .setParameter("status", d.status().name()).setParameter("mode", d.mode().name())
                .setParameter("org", d.mediationOrganisation()).setParameter("orgId", d.mediationOrganisationId())
                .setParameter("at", now).setParameter("id", id)
                .executeUpdate();
        for (Fact f : facts) {
            events.record(d, actor, f, before, now);
        }
        return DisputeView.of(d);
    }

    @Transactional
    public DisputeView view(UUID id, Actor actor) {
        return DisputeView.of(load(id, actor, false));
    }

    /** The caller court's inbox: prosecutions sent to it and disputes addressed to it, newest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Inbox inbox(Actor actor) {
        List<Object[]> rows = em.createNativeQuery("select cast(id as text), cast(case_id as text), status,"
                + " procuratorate_department_id, suspected_article, updated_at from referral where district = :district"
                + " and court_department_id = :court order by updated_at desc limit 200")
                .setParameter("district", actor.district()).setParameter("court", actor.department()).getResultList();
        List<ProsecutionView> prosecutions = rows.stream().map(r -> {
            var status = org.ipcollab.referral.referral.domain.ReferralStatus.valueOf((String) r[2]);
            return new ProsecutionView(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]), status.name(),
                    status.zh(), status.en(), (String) r[3], ((Number) r[4]).intValue(), instant(r[5]));
        }).toList();
        List<Object> ids = em.createNativeQuery("select cast(id as text) from court_dispute where district = :district"
                + " and court_department_id = :court order by registered_at desc limit 200")
                .setParameter("district", actor.district()).setParameter("court", actor.department()).getResultList();
        List<DisputeView> disputes = ids.stream().map(i -> DisputeView.of(load(UUID.fromString((String) i), actor,
                false))).toList();
        return new Inbox(prosecutions, disputes);
    }

    @SuppressWarnings("unchecked")
    private CourtDispute load(UUID id, Actor actor, boolean lock) {
        List<Object[]> rows = em.createNativeQuery("select cast(id as text), cast(case_id as text), district,"
                + " court_department_id, agency_department_id, plaintiff, defendant, claim, status, mediation_mode,"
                + " mediation_organisation, entrusted_at, plaintiff_user_id, defendant_user_id,"
                + " cast(mediation_organisation_id as text) from court_dispute where id = :id"
                + (lock ? " for update" : "")).setParameter("id", id).getResultList();
        if (rows.isEmpty() || !rows.get(0)[2].equals(actor.district())) {
            throw new NotFoundException("no dispute " + id + " in district " + actor.district());
        }
        Object[] r = rows.get(0);
        return new CourtDispute(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[12],
                (String) r[13], DisputeStatus.valueOf((String) r[8]),
                r[9] == null ? null : MediationMode.valueOf((String) r[9]), (String) r[10],
                r[14] == null ? null : UUID.fromString((String) r[14]), r[11] == null ? null : instant(r[11]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private static <T> T domain(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (StepRefused e) {
            if (e.forbidden()) {
                throw new ForbiddenException(e.getMessage());
            }
            throw new DomainConflictException(e.getMessage());
        }
    }
}
