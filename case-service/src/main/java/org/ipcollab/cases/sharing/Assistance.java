package org.ipcollab.cases.sharing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotFoundException;

import org.ipcollab.cases.infringement.domain.AssistanceAnswered;
import org.ipcollab.cases.infringement.domain.AssistanceRequested;
import org.ipcollab.cases.infringement.domain.CaseEvent;
import org.ipcollab.cases.messaging.Outbox;
import org.ipcollab.cases.problem.DomainConflictException;
import org.ipcollab.cases.rules.LegalRules;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.security.Roles;
import org.ipcollab.cases.sharing.domain.ResponsePeriod;
import org.ipcollab.cases.sharing.domain.SharedEvent;
import org.ipcollab.cases.sharing.domain.SharingAgreement;

import io.quarkus.security.ForbiddenException;

/**
 * 协查 — a district asks a neighbouring district to investigate, serve documents or verify goods under an agreement in
 * force; the assisting district answers with results and attachment metadata within the agreement's response period.
 */
@ApplicationScoped
public class Assistance {
    static final String AGGREGATE = "assistance-request";

    @Inject
    EntityManager em;

    @Inject
    SharingAgreements agreements;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    LegalRules rules;

    Clock clock = Clock.systemUTC();

    @Transactional
    public AssistanceRequestEntity request(AssistanceRequests.Send r) {
        requireRole(Roles.REGULATOR, Roles.DISTRICT_LIAISON);
        if (r.relatedCaseId() != null) {
            Number own = (Number) em.createNativeQuery("select count(*) from ip_case where id = :id and district = :d")
                    .setParameter("id", r.relatedCaseId()).setParameter("d", caller.district()).getSingleResult();
            if (own.longValue() == 0) {
                throw new ValidationException("relatedCaseId is not a case of district " + caller.district());
            }
        }
        return create(caller.district(), caller.department(), caller.subject(), "LOCAL", null, null, r);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AssistanceRequestEntity receive(String partnerId, AssistanceRequests.Inbound r) {
        if (!em.createQuery("from AssistanceRequestEntity where partnerId = :p and partnerReference = :ref",
                AssistanceRequestEntity.class).setParameter("p", partnerId).setParameter("ref", r.reference())
                .getResultList().isEmpty()) {
            throw new DomainConflictException("assistance request " + r.reference() + " of partner " + partnerId
                    + " was already received");
        }
        // the partner's case id means nothing in this database
        AssistanceRequests.Send s = new AssistanceRequests.Send(r.request().toDistrict(), r.request().kind(),
                r.request().subject(), r.request().details(), null);
        return create(r.fromDistrict(), r.fromDepartment(), r.sentBy(), "INBOUND", partnerId, r.reference(), s);
    }

    private AssistanceRequestEntity create(String from, String department, String by, String channel,
            String partnerId, String reference, AssistanceRequests.Send r) {
        if (from.equals(r.toDistrict())) {
            throw new ValidationException("assistance is requested from another district");
        }
        SharingAgreement agreement = agreements.inForce(from, r.toDistrict(), SharedEvent.ASSISTANCE)
                .orElseThrow(() -> new ForbiddenException("区县 " + from + " 与 " + r.toDistrict()
                        + " 之间没有允许协查的生效协议 / no agreement in force between districts " + from + " and "
                        + r.toDistrict() + " allows assistance requests"));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        ResponsePeriod.Due due = agreement.responsePeriod().dueAt(now, rules.calendar());
        AssistanceRequestEntity e = new AssistanceRequestEntity();
        e.id = UUID.randomUUID();
        e.agreementId = agreement.id();
        e.fromDistrict = from;
        e.fromDepartment = department;
        e.toDistrict = r.toDistrict();
        e.channel = channel;
        e.partnerId = partnerId;
        e.partnerReference = reference;
        e.kind = r.kind();
        e.subject = r.subject().strip();
        e.details = r.details().strip();
        e.relatedCaseId = r.relatedCaseId();
        e.sentBy = by;
        e.sentAt = now;
        e.dueAt = due.at();
        e.dueProvisional = due.provisional();
        e.status = AssistanceRequestEntity.Status.REQUESTED;
        em.persist(e);
        em.flush();
        emit(new AssistanceRequested(e.id, e.agreementId, from, e.toDistrict, channel, e.kind.name(), by, now,
                e.dueAt));
        return e;
    }

    @Transactional
    public AssistanceRequestEntity answer(UUID id, AssistanceRequests.Answer r) {
        AssistanceRequestEntity e = em.find(AssistanceRequestEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || !(e.fromDistrict.equals(caller.district()) || e.toDistrict.equals(caller.district()))) {
            throw new NotFoundException("no assistance request " + id + " of district " + caller.district());
        }
        if (!e.toDistrict.equals(caller.district())) {
            throw new ForbiddenException("only the assisting district " + e.toDistrict + " answers this request");
        }
        requireRole(Roles.REGULATOR, Roles.DISTRICT_LIAISON);
        if (e.status != AssistanceRequestEntity.Status.REQUESTED) {
            throw new DomainConflictException("该协查已答复 / the assistance request was already answered");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<AssistanceRequests.Attachment> files = r.attachments() == null ? List.of() : r.attachments();
        e.status = AssistanceRequestEntity.Status.ANSWERED;
        e.result = r.result().strip();
        e.attachments = Json.write(files);
        e.answeredBy = caller.subject();
        e.answeredAt = now;
        em.flush();
        emit(new AssistanceAnswered(e.id, e.agreementId, e.toDistrict, e.fromDistrict, e.kind.name(), files.size(),
                caller.subject(), now, !now.isAfter(e.dueAt)));
        return e;
    }

    @Transactional
    public AssistanceRequestEntity get(UUID id) {
        AssistanceRequestEntity e = em.find(AssistanceRequestEntity.class, id);
        if (e == null || !(e.fromDistrict.equals(caller.district()) || e.toDistrict.equals(caller.district()))) {
            throw new NotFoundException("no assistance request " + id + " of district " + caller.district());
        }
        return e;
    }

    @Transactional
    public List<AssistanceRequestEntity> list(boolean incoming) {
        return em.createQuery("from AssistanceRequestEntity where " + (incoming ? "toDistrict" : "fromDistrict")
                + " = :d order by sentAt desc", AssistanceRequestEntity.class).setParameter("d", caller.district())
                .setMaxResults(200).getResultList();
    }

    String district() {
        return caller.district();
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
