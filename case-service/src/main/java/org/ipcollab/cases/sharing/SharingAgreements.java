package org.ipcollab.cases.sharing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotFoundException;

import org.ipcollab.cases.infringement.domain.CaseEvent;
import org.ipcollab.cases.infringement.domain.SharingAgreementApproved;
import org.ipcollab.cases.infringement.domain.SharingAgreementProposed;
import org.ipcollab.cases.infringement.domain.SharingAgreementResumed;
import org.ipcollab.cases.infringement.domain.SharingAgreementSuspended;
import org.ipcollab.cases.messaging.Outbox;
import org.ipcollab.cases.problem.DomainConflictException;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.security.Roles;
import org.ipcollab.cases.sharing.domain.SharedEvent;
import org.ipcollab.cases.sharing.domain.SharingAgreement;
import org.ipcollab.cases.sharing.domain.SharingRefused;

import io.quarkus.security.ForbiddenException;

/**
 * 跨区域共享协议 — propose, approve, suspend and resume sharing agreements (use cases), and the agreements in force
 * between two districts (for the other sharing features). Each change and its event commit together.
 */
@ApplicationScoped
public class SharingAgreements {
    static final String AGGREGATE = "sharing-agreement";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    LocalDate today() {
        return WorkingDayCalendar.legalDate(Instant.now(clock));
    }

    @Transactional
    public SharingAgreement propose(AgreementRequests.Propose r) {
        requireRole(Roles.DISTRICT_LIAISON, Roles.ADMIN);
        Instant now = now();
        SharingAgreement a;
        try {
            a = SharingAgreement.propose(UUID.randomUUID(), caller.district(), r.partnerDistrict(), r.ipKinds(),
                    r.sharedFields(), r.sharedEvents(),
                    new org.ipcollab.cases.sharing.domain.ResponsePeriod(r.responseAmount(), r.responseUnit()),
                    r.validFrom(), r.validUntil(), caller.subject(), now);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
        em.persist(AgreementEntity.from(a));
        em.flush();
        emit(new SharingAgreementProposed(a.id(), a.proposerDistrict(), a.partnerDistrict(),
                AgreementEntity.sorted(a.ipKinds()), AgreementEntity.sorted(a.fields()),
                AgreementEntity.sorted(a.events()), a.responsePeriod().amount(), a.responsePeriod().unit().name(),
                a.validFrom(), a.validUntil(), a.proposedBy(), a.proposedAt()));
        return a;
    }

    /** A liaison (跨区联络员) of a party district approves; in force once both have. */
    @Transactional
    public SharingAgreement approve(UUID id) {
        AgreementEntity e = loadForChange(id);
        requireRole(Roles.DISTRICT_LIAISON);
        SharingAgreement a = e.toDomain();
        Instant now = now();
        boolean inForce = change(() -> a.approve(caller.district(), caller.subject(), now));
        store(e, a);
        emit(new SharingAgreementApproved(a.id(), caller.district(), a.proposerDistrict(), a.partnerDistrict(),
                caller.subject(), now, inForce));
        return a;
    }

    @Transactional
    public SharingAgreement suspend(UUID id, String reason) {
        AgreementEntity e = loadForChange(id);
        requireRole(Roles.DISTRICT_LIAISON, Roles.ADMIN);
        SharingAgreement a = e.toDomain();
        Instant now = now();
        change(() -> {
            a.suspend(caller.district(), caller.subject(), now, reason);
            return null;
        });
        store(e, a);
        emit(new SharingAgreementSuspended(a.id(), caller.district(), a.proposerDistrict(), a.partnerDistrict(),
                reason.strip(), caller.subject(), now));
        return a;
    }

    @Transactional
    public SharingAgreement resume(UUID id) {
        AgreementEntity e = loadForChange(id);
        requireRole(Roles.DISTRICT_LIAISON, Roles.ADMIN);
        SharingAgreement a = e.toDomain();
        Instant now = now();
        change(() -> {
            a.resume(caller.district());
            return null;
        });
        store(e, a);
        emit(new SharingAgreementResumed(a.id(), caller.district(), a.proposerDistrict(), a.partnerDistrict(),
                caller.subject(), now));
        return a;
    }

    /** The agreement, for a caller of one of its districts (404 otherwise). */
    @Transactional
    public SharingAgreement get(UUID id) {
        AgreementEntity e = em.find(AgreementEntity.class, id);
        if (e == null || !e.toDomain().isParty(caller.district())) {
            throw new NotFoundException("no sharing agreement " + id + " of district " + caller.district());
        }
        return e.toDomain();
    }

    /** The agreements the caller's district is a party to, newest first. */
    @Transactional
    public List<SharingAgreement> ofCallerDistrict() {
        return em.createQuery("from AgreementEntity where proposerDistrict = :d or partnerDistrict = :d"
                + " order by proposedAt desc", AgreementEntity.class).setParameter("d", caller.district())
                .getResultList().stream().map(AgreementEntity::toDomain).toList();
    }

    /** The oldest agreement in force today between {@code a} and {@code b} that allows {@code event}; no caller check. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SharingAgreement> inForce(String a, String b, SharedEvent event) {
        LocalDate today = today();
        return between(a, b).stream().filter(x -> x.allows(a, b, event, today)).findFirst();
    }

    /** The districts with which {@code district} has an agreement in force today allowing {@code event}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SharingAgreement> inForceWith(String district, SharedEvent event) {
        LocalDate today = today();
        return em.createQuery("from AgreementEntity where (proposerDistrict = :d or partnerDistrict = :d)"
                + " and status = org.ipcollab.cases.sharing.domain.AgreementStatus.ACTIVE order by proposedAt",
                AgreementEntity.class).setParameter("d", district).getResultList().stream()
                .map(AgreementEntity::toDomain)
                .filter(x -> x.allows(district, x.otherParty(district), event, today)).toList();
    }

    private List<SharingAgreement> between(String a, String b) {
        return em.createQuery("from AgreementEntity where (proposerDistrict = :a and partnerDistrict = :b)"
                + " or (proposerDistrict = :b and partnerDistrict = :a) order by proposedAt", AgreementEntity.class)
                .setParameter("a", a).setParameter("b", b).getResultList().stream()
                .map(AgreementEntity::toDomain).toList();
    }

    private AgreementEntity loadForChange(UUID id) {
        AgreementEntity e = em.find(AgreementEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || !e.toDomain().isParty(caller.district())) {
            throw new NotFoundException("no sharing agreement " + id + " of district " + caller.district());
        }
        return e;
    }

    private void requireRole(String... roles) {
        for (String role : roles) {
            if (caller.hasRole(role)) {
                return;
            }
        }
        throw new ForbiddenException("this action needs one of the roles " + String.join(", ", roles));
    }

    private static <T> T change(java.util.function.Supplier<T> command) {
        try {
            return command.get();
        } catch (SharingRefused e) {
            throw new DomainConflictException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
    }

    private void store(AgreementEntity e, SharingAgreement a) {
        e.apply(a);
        em.flush();
    }

    private void emit(CaseEvent event) {
        outbox.append(AGGREGATE, event.caseId().toString(), event.type(), event.district(), event);
    }
}
