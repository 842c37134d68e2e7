package org.ipcollab.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotFoundException;

import org.ipcollab.referral.casefeed.CaseProjectionEntity;
import org.ipcollab.referral.casefeed.CaseProjectionRepository;
import org.ipcollab.referral.problem.DomainConflictException;
import org.ipcollab.referral.referral.domain.Actor;
import org.ipcollab.referral.referral.domain.DocumentKind;
import org.ipcollab.referral.referral.domain.Fact;
import org.ipcollab.referral.referral.domain.Referral;
import org.ipcollab.referral.referral.domain.ReferralClockKind;
import org.ipcollab.referral.referral.domain.ReverseReferral;
import org.ipcollab.referral.referral.domain.StepRefused;
import org.ipcollab.referral.rules.domain.StatutoryClock;

import io.quarkus.security.ForbiddenException;

/**
 * The referral use cases. Each command loads the referral under a row lock, lets the domain check party, department
 * and status, then writes the referral, its clocks, the step record and the events in one transaction; a refused
 * command throws before anything is written, so it changes nothing.
 */
@ApplicationScoped
public class Referrals {
    @Inject
    ReferralRepository referrals;

    @Inject
    ReverseReferralRepository reverses;

    @Inject
    CaseProjectionRepository cases;

    @Inject
    ReferralClocks clocks;

    @Inject
    ReferralEvents events;

    @Inject
    ReferralDocuments documents;

    @Inject
    ReferralRules rules;

    @Inject
    EntityManager em;

    Clock clock = Clock.systemUTC();

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** 移送 — a referral from a case of the caller's department and district. */
    @Transactional
    public UUID submit(Actor actor, ReferralRequests.Submit req) {
        CaseProjectionEntity c = cases.findById(req.caseId());
        if (c == null || !c.district.equals(actor.district())) {
            throw new ValidationException("caseId: no case " + req.caseId() + " is known in district "
                    + actor.district());
        }
        long open = referrals.count("caseId = ?1 and status not in ?2", req.caseId(),
                List.of(org.ipcollab.referral.referral.domain.ReferralStatus.NOT_APPROVED,
                        org.ipcollab.referral.referral.domain.ReferralStatus.REFUSAL_CONFIRMED,
                        org.ipcollab.referral.referral.domain.ReferralStatus.NOT_PROSECUTED,
                        org.ipcollab.referral.referral.domain.ReferralStatus.JUDGED));
        Instant now = now();
        Referral.Submitted s = domain(() -> Referral.submit(UUID.randomUUID(), c.caseId, c.district, c.departmentId,
                actor, req.procuratorateDepartmentId(), req.reason(), req.suspectedArticle(), req.officers(),
                req.appraisalRequired(), now, rules.book()));
        if (open > 0) {
            throw new DomainConflictException("case " + req.caseId() + " already has a referral under way");
        }
        ReferralEntity entity = new ReferralEntity();
        entity.copy(s.referral(), now);
        referrals.persist(entity);
        try {
            referrals.flush();
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            // two submissions raced past the check above; the partial unique index let one through
            throw new DomainConflictException("case " + req.caseId() + " already has a referral under way");
        }
        clocks.save(entity.id, ReferralClocks.Owner.REFERRAL, s.referral().clocks(), now);
        for (Fact f : s.facts()) {
            events.record(s.referral(), actor, f, null, now);
        }
        return entity.id;
    }

    /** A step of the chain: {@code step} gets the referral, the instant and the documents present. */
    @Transactional
    public void step(UUID id, Actor actor, StepFunction step) {
        ReferralEntity entity = referrals.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null || !entity.district.equals(actor.district())) {
            throw new NotFoundException("no referral " + id + " in district " + actor.district());
        }
        Referral r = entity.toDomain(clocks.of(id));
        String before = r.status().name();
        Instant now = now();
        Set<DocumentKind> present = documents.kinds(documents.of(id));
        List<Fact> facts = domain(() -> step.apply(r, now, present));
        entity.copy(r, now);
        clocks.save(id, ReferralClocks.Owner.REFERRAL, r.clocks(), now);
        for (Fact f : facts) {
            events.record(r, actor, f, before, now);
        }
    }

    @FunctionalInterface
    public interface StepFunction {
        List<Fact> apply(Referral referral, Instant now, Set<DocumentKind> present);
    }

    /** 不起诉并反向移送 — the referral ends; a reverse referral with the opinion goes to the agency. */
    @Transactional
    public UUID declineProsecution(UUID id, Actor actor, String opinion) {
        UUID reverseId = UUID.randomUUID();
        List<ReverseReferral.Sent> sent = new ArrayList<>();
        Instant[] at = new Instant[1];
        step(id, actor, (r, now, present) -> {
            List<Fact> facts = r.declineProsecution(actor, opinion, reverseId, now);
            sent.add(ReverseReferral.send(reverseId, r.caseId(), r.id(), r.district(), actor, r.agencyDepartment(),
                    r.procuratorateDepartment(), "检察院决定不起诉，但行为人应受行政处罚 — not prosecuted, administrative"
                            + " liability remains", opinion, now, rules.book()));
            at[0] = now;
            return facts;
        });
        persistReverse(sent.get(0), actor, at[0]);
        return reverseId;
    }

    /** 反向移送 as its own entry point. */
    @Transactional
    public UUID sendReverse(Actor actor, ReferralRequests.SendReverse req) {
        CaseProjectionEntity c = cases.findById(req.caseId());
        if (c == null || !c.district.equals(actor.district())) {
            throw new ValidationException("caseId: no case " + req.caseId() + " is known in district "
                    + actor.district());
        }
        Instant now = now();
        ReverseReferral.Sent sent = domain(() -> ReverseReferral.send(UUID.randomUUID(), c.caseId, null, c.district,
                actor, req.agencyDepartmentId(), req.procuratorateDepartmentId(), req.reason(), req.opinion(), now,
                rules.book()));
        persistReverse(sent, actor, now);
        return sent.reverse().id();
    }

    private void persistReverse(ReverseReferral.Sent sent, Actor actor, Instant now) {
        ReverseReferralEntity entity = new ReverseReferralEntity();
        entity.copy(sent.reverse(), now);
        reverses.persist(entity);
        reverses.flush();
        clocks.save(entity.id, ReferralClocks.Owner.REVERSE_REFERRAL, sent.reverse().clocks(), now);
        for (Fact f : sent.facts()) {
            events.record(sent.reverse(), actor, f, null, now);
        }
    }

    @Transactional
    public void reverseStep(UUID id, Actor actor, BiFunction<ReverseReferral, Instant, List<Fact>> step) {
        ReverseReferralEntity entity = reverses.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null || !entity.district.equals(actor.district())) {
            throw new NotFoundException("no reverse referral " + id + " in district " + actor.district());
        }
        ReverseReferral r = entity.toDomain(clocks.of(id));
        String before = r.status().name();
        Instant now = now();
        List<Fact> facts = domain(() -> step.apply(r, now));
        entity.copy(r, now);
        clocks.save(id, ReferralClocks.Owner.REVERSE_REFERRAL, r.clocks(), now);
        for (Fact f : facts) {
            events.record(r, actor, f, before, now);
        }
    }

    /** Adds an art 6 document while the referral has not been sent. */
    @Transactional
    public ReferralDocuments.Metadata attach(UUID id, Actor actor, DocumentKind kind, java.nio.file.Path file,
            long size, String fileName, String contentType) {
        ReferralEntity entity = referrals.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null || !entity.district.equals(actor.district())) {
            throw new NotFoundException("no referral " + id + " in district " + actor.district());
        }
        Referral r = entity.toDomain(Map.of());
        domain(() -> {
            r.requireDocumentsOpen(actor);
            return null;
        });
        byte[] bytes = documents.accept(file, size, contentType);
        return documents.store(id, kind, fileName, contentType, bytes, actor.subject(), now());
    }

    /** A document's bytes, for the agency, the receiving police and the procuratorate of the district only. */
    @Transactional
    public ReferralDocuments.Content download(UUID id, UUID documentId, Actor actor) {
        ReferralEntity entity = referrals.findById(id);
        if (entity == null || !entity.district.equals(actor.district())) {
            throw new NotFoundException("no referral " + id + " in district " + actor.district());
        }
        if (!entity.toDomain(Map.of()).mayReadDocuments(actor)) {
            throw new ForbiddenException("only the referring agency, the receiving police and the procuratorate"
                    + " read the referral's documents");
        }
        return documents.content(id, documentId)
                .orElseThrow(() -> new NotFoundException("no document " + documentId + " on referral " + id));
    }

    @Transactional
    public ReferralResponse view(UUID id, Actor actor) {
        ReferralEntity entity = referrals.findById(id);
        if (entity == null || !entity.district.equals(actor.district())) {
            throw new NotFoundException("no referral " + id + " in district " + actor.district());
        }
        return response(entity);
    }

    @Transactional
    public List<ReferralResponse> list(Actor actor, UUID caseId, String status, int page, int size) {
        StringBuilder q = new StringBuilder("district = :district");
        var params = new java.util.HashMap<String, Object>();
        params.put("district", actor.district());
        if (caseId != null) {
            q.append(" and caseId = :caseId");
            params.put("caseId", caseId);
        }
        if (status != null) {
            try {
                params.put("status", org.ipcollab.referral.referral.domain.ReferralStatus.valueOf(status));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("status: unknown status " + status);
            }
            q.append(" and status = :status");
        }
        return referrals.find(q + " order by submittedAt desc, id", params).page(page, size).list().stream()
                .map(this::response).toList();
    }

    ReferralResponse response(ReferralEntity entity) {
        Map<ReferralClockKind, StatutoryClock> cs = clocks.of(entity.id);
        Referral r = entity.toDomain(cs);
        List<ReferralDocuments.Metadata> docs = documents.of(entity.id);
        Set<DocumentKind> present = documents.kinds(docs);
        Set<DocumentKind> required = r.requiredDocuments();
        List<ReferralResponse.ChecklistItem> checklist = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            checklist.add(new ReferralResponse.ChecklistItem(kind.name(), required.contains(kind),
                    present.contains(kind), docs.stream().filter(d -> d.kind() == kind)
                            .map(ReferralDocuments.Metadata::id).toList()));
        }
        List<String> missing = r.missingDocuments(present).stream().map(Enum::name).toList();
        @SuppressWarnings("unchecked")
        List<Object> reverseIds = em.createNativeQuery("select cast(id as text) from reverse_referral"
                + " where referral_id = :id order by created_at").setParameter("id", entity.id).getResultList();
        return new ReferralResponse(r.id(), r.caseId(), r.district(), r.status().name(), r.status().zh(),
                r.status().en(), r.reason(), r.suspectedArticle(), r.officers(), r.appraisalRequired(),
                r.agencyDepartment(), r.policeDepartment(), r.procuratorateDepartment(), r.courtDepartment(),
                r.submittedBy(), r.submittedAt(), checklist, missing, missing.isEmpty(), docs,
                clockViews(entity.id, cs), steps(entity.id),
                reverseIds.stream().map(o -> UUID.fromString((String) o)).toList());
    }

    @Transactional
    public ReverseReferralResponse viewReverse(UUID id, Actor actor) {
        ReverseReferralEntity e = reverses.findById(id);
        if (e == null || !e.district.equals(actor.district())) {
            throw new NotFoundException("no reverse referral " + id + " in district " + actor.district());
        }
        return new ReverseReferralResponse(e.id, e.caseId, e.referralId, e.district, e.fromParty.name(),
                e.fromDepartmentId, e.agencyDepartmentId, e.procuratorateDepartmentId, e.reason, e.opinion, e.answer,
                e.status.name(), e.status.zh(), e.status.en(), clockViews(e.id, clocks.of(e.id)), steps(e.id));
    }

    private List<ClockView> clockViews(UUID ownerId, Map<ReferralClockKind, StatutoryClock> cs) {
        Instant now = now();
        Map<ReferralClockKind, Instant> notified = clocks.notified(ownerId);
        List<ClockView> views = new ArrayList<>();
        for (ReferralClockKind kind : ReferralClockKind.values()) {
            StatutoryClock c = cs.get(kind);
            if (c != null) {
                views.add(ClockView.of(kind, c, rules.book(), now, notified.get(kind)));
            }
        }
        return views;
    }

    @SuppressWarnings("unchecked")
    private List<StepView> steps(UUID ownerId) {
        List<Object[]> rows = em.createNativeQuery("select seq, fact, actor_subject, actor_role, actor_department_id,"
                + " at, status_before, status_after, summary_zh, summary_en, details from referral_step"
                + " where owner_id = :id order by seq").setParameter("id", ownerId).getResultList();
        return rows.stream().map(r -> new StepView(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], ReferralClocks.instant(r[5]), (String) r[6], (String) r[7],
                (String) r[8], (String) r[9], (String) r[10])).toList();
    }

    /** Runs a domain call, turning its refusals into 403 (wrong party), 409 (not now) or 422 (bad input). */
    static <T> T domain(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (StepRefused e) {
            if (e.forbidden()) {
                throw new ForbiddenException(e.getMessage());
            }
            throw new DomainConflictException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
    }
}
