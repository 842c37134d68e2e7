package org.ipcollab.cases.sharing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.ipcollab.cases.infringement.FileCase;
import org.ipcollab.cases.infringement.FileCaseRequest;
import org.ipcollab.cases.infringement.domain.CaseEvent;
import org.ipcollab.cases.infringement.domain.ClueSource;
import org.ipcollab.cases.infringement.domain.ClueTransferRegistered;
import org.ipcollab.cases.infringement.domain.ClueTransferRejected;
import org.ipcollab.cases.infringement.domain.ClueTransferred;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.PartyKind;
import org.ipcollab.cases.infringement.domain.ResidentIdNumber;
import org.ipcollab.cases.messaging.Outbox;
import org.ipcollab.cases.pii.PersonalData;
import org.ipcollab.cases.problem.DomainConflictException;
import org.ipcollab.cases.rules.LegalRules;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.security.Roles;
import org.ipcollab.cases.sharing.domain.ResponsePeriod;
import org.ipcollab.cases.sharing.domain.SharedEvent;
import org.ipcollab.cases.sharing.domain.SharingAgreement;

import io.quarkus.security.ForbiddenException;

/**
 * 线索移送 — district A sends a clue to district B under an agreement in force; B's regulator registers it (it becomes a
 * FILED case of B through {@link FileCase}, clue source {@code TRANSFER_FROM_DISTRICT}) or rejects it with reasons,
 * within the agreement's response period. The transfer, its state and its event commit together.
 */
@ApplicationScoped
public class ClueTransfers {
    static final String AGGREGATE = "clue-transfer";

    @Inject
    EntityManager em;

    @Inject
    SharingAgreements agreements;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    PersonalData personalData;

    @Inject
    LegalRules rules;

    @Inject
    FileCase fileCase;

    @Inject
    Validator validator;

    Clock clock = Clock.systemUTC();

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** A regulator or liaison of the caller's district sends a clue. */
    @Transactional
    public ClueTransferEntity send(ClueTransferRequests.Send r) {
        requireRole(Roles.REGULATOR, Roles.DISTRICT_LIAISON);
        return create(caller.district(), caller.department(), caller.subject(), "LOCAL", null, null, r);
    }

    /** A clue from a partner deployment whose signature was verified; the agreement is checked here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClueTransferEntity receive(String partnerId, ClueTransferRequests.Inbound r) {
        List<ClueTransferEntity> seen = em.createQuery("from ClueTransferEntity where partnerId = :p and"
                + " partnerReference = :ref", ClueTransferEntity.class).setParameter("p", partnerId)
                .setParameter("ref", r.reference()).getResultList();
        if (!seen.isEmpty()) {
            throw new DomainConflictException("clue transfer " + r.reference() + " of partner " + partnerId
                    + " was already received as " + seen.get(0).id);
        }
        return create(r.fromDistrict(), r.fromDepartment(), r.sentBy(), "INBOUND", partnerId, r.reference(), r.clue());
    }

    private ClueTransferEntity create(String from, String department, String by, String channel, String partnerId,
            String reference, ClueTransferRequests.Send r) {
        if (from.equals(r.toDistrict())) {
            throw new jakarta.validation.ValidationException("a clue is transferred to another district");
        }
        SharingAgreement agreement = agreements.inForce(from, r.toDistrict(), SharedEvent.CLUE_TRANSFER)
                .orElseThrow(() -> new ForbiddenException("区县 " + from + " 与 " + r.toDistrict()
                        + " 之间没有允许线索移送的生效协议 / no agreement in force between districts " + from + " and "
                        + r.toDistrict() + " allows clue transfer"));
        if (!agreement.ipKinds().contains(r.ipKind())) {
            throw new ForbiddenException("the agreement does not cover " + r.ipKind() + " clues");
        }
        ClueTransferRequests.Infringer who = r.infringer();
        if (who.kind() == PartyKind.ORGANISATION ? who.creditCode() == null : who.idNumber() == null) {
            throw new jakarta.validation.ValidationException(who.kind() == PartyKind.ORGANISATION
                    ? "an organisation infringer needs its creditCode" : "a person infringer needs the idNumber");
        }
        Instant now = now();
        ResponsePeriod.Due due = agreement.responsePeriod().dueAt(now, rules.calendar());
        ClueTransferEntity e = new ClueTransferEntity();
        e.id = UUID.randomUUID();
        e.agreementId = agreement.id();
        e.fromDistrict = from;
        e.fromDepartment = department;
        e.toDistrict = r.toDistrict();
        e.channel = channel;
        e.partnerId = partnerId;
        e.partnerReference = reference;
        e.ipKind = r.ipKind();
        e.title = r.title().strip();
        e.summary = r.summary().strip();
        e.act = r.act();
        e.infringerKind = who.kind();
        e.infringerName = who.name().strip();
        if (who.kind() == PartyKind.ORGANISATION) {
            e.infringerCreditCode = who.creditCode().strip().toUpperCase();
        } else {
            e.infringerIdNumberEncrypted = personalData.protect(who.idNumber(), e.id.toString()).ciphertext();
            e.infringerIdNumberMasked = ResidentIdNumber.mask(who.idNumber());
        }
        e.sentBy = by;
        e.sentAt = now;
        e.dueAt = due.at();
        e.dueProvisional = due.provisional();
        e.status = ClueTransferEntity.Status.SENT;
        em.persist(e);
        em.flush();
        emit(new ClueTransferred(e.id, e.agreementId, from, e.toDistrict, channel, e.ipKind.name(), by, now, e.dueAt));
        return e;
    }

    /** The receiving district's regulator registers the clue: a FILED case of the caller's department. */
    @Transactional
    public ClueTransferEntity register(UUID id, ClueTransferRequests.Register r) {
        ClueTransferEntity e = loadForAnswer(id);
        requireRole(Roles.REGULATOR);
        Instant now = now();
        String idNumber = e.infringerKind == PartyKind.PERSON
                ? personalData.reveal(e.infringerIdNumberEncrypted, e.id.toString()) : null;
        FileCaseRequest filing = new FileCaseRequest(e.ipKind, r.title() == null ? e.title : r.title().strip(),
                e.toDistrict, ClueSource.TRANSFER_FROM_DISTRICT, e.act,
                new FileCaseRequest.InfringerRequest(e.infringerKind, e.infringerName, e.infringerCreditCode, idNumber),
                null, List.of(), List.of(), r.officers(), null);
        Set<ConstraintViolation<FileCaseRequest>> violations = validator.validate(filing);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        InfringementCase filed = fileCase.file(filing);
        e.status = ClueTransferEntity.Status.REGISTERED;
        e.caseId = filed.id();
        e.answeredBy = caller.subject();
        e.answeredAt = now;
        em.flush();
        emit(new ClueTransferRegistered(e.id, e.agreementId, e.toDistrict, e.fromDistrict, filed.id(),
                filed.caseNumber(), caller.subject(), now, !now.isAfter(e.dueAt)));
        return e;
    }

    /** The receiving district's regulator or liaison rejects the clue with reasons. */
    @Transactional
    public ClueTransferEntity reject(UUID id, String reasons) {
        ClueTransferEntity e = loadForAnswer(id);
        requireRole(Roles.REGULATOR, Roles.DISTRICT_LIAISON);
        Instant now = now();
        e.status = ClueTransferEntity.Status.REJECTED;
        e.rejectionReasons = reasons.strip();
        e.answeredBy = caller.subject();
        e.answeredAt = now;
        em.flush();
        emit(new ClueTransferRejected(e.id, e.agreementId, e.toDistrict, e.fromDistrict, e.rejectionReasons,
                caller.subject(), now, !now.isAfter(e.dueAt)));
        return e;
    }

    /** A transfer, for callers of the sending or the receiving district (404 otherwise). */
    @Transactional
    public ClueTransferEntity get(UUID id) {
        ClueTransferEntity e = em.find(ClueTransferEntity.class, id);
        if (e == null || !(e.fromDistrict.equals(caller.district()) || e.toDistrict.equals(caller.district()))) {
            throw new NotFoundException("no clue transfer " + id + " of district " + caller.district());
        }
        return e;
    }

    /** Transfers to ({@code incoming}) or from the caller's district, newest first, at most 200. */
    @Transactional
    public List<ClueTransferEntity> list(boolean incoming) {
        return em.createQuery("from ClueTransferEntity where " + (incoming ? "toDistrict" : "fromDistrict")
                + " = :d order by sentAt desc", ClueTransferEntity.class).setParameter("d", caller.district())
                .setMaxResults(200).getResultList();
    }

    private ClueTransferEntity loadForAnswer(UUID id) {
        ClueTransferEntity e = em.find(ClueTransferEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || !(e.fromDistrict.equals(caller.district()) || e.toDistrict.equals(caller.district()))) {
            throw new NotFoundException("no clue transfer " + id + " of district " + caller.district());
        }
        if (!e.toDistrict.equals(caller.district())) {
            throw new ForbiddenException("only the receiving district " + e.toDistrict + " answers this clue transfer");
        }
        if (e.status != ClueTransferEntity.Status.SENT) {
            throw new DomainConflictException("该线索已处理（" + e.status.labelZh + "） / the clue transfer was already "
                    + e.status.name().toLowerCase());
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

    private void emit(CaseEvent event) {
        outbox.append(AGGREGATE, event.caseId().toString(), event.type(), event.district(), event);
    }
}
