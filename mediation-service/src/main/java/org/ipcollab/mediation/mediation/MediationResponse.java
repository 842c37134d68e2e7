package org.ipcollab.mediation.mediation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ipcollab.mediation.mediation.domain.ClockKind;
import org.ipcollab.mediation.mediation.domain.Mediation;
import org.ipcollab.mediation.mediation.domain.MediationKind;
import org.ipcollab.mediation.mediation.domain.MediationStatus;
import org.ipcollab.mediation.mediation.domain.Values;
import org.ipcollab.mediation.rules.domain.ClockReading;
import org.ipcollab.mediation.rules.domain.StatutoryClock;
import org.ipcollab.mediation.rules.domain.WorkingDayCalendar;

/** A mediation as the API shows it, with its clocks read now. */
public record MediationResponse(UUID id, UUID caseId, String district, MediationKind kind, String kindZh, String kindEn,
        MediationStatus status, String statusZh, String statusEn, String title, String ipKind,
        Values.RequesterKind requesterKind, String requesterDepartment, String courtDepartment, List<Values.Party> parties,
        UUID organisationId, UUID mediatorId, String requestedAt, String appointedAt, String acceptedAt,
        String fileSignedAt, List<Values.Session> sessions, Agreement agreement, String failureReason,
        Confirmation confirmation, List<Clock> clocks) {

    public record Agreement(int version, String canonicalText, String contentHash, boolean settlesOwnership,
            List<Term> terms, List<Values.Signature> signatures, String sealedBy, String effectiveAt) {
    }

    public record Term(int seq, String kind, String kindZh, String kindEn, String description, String amountYuan,
            String performBy, String performedAt, String performedNote) {
    }

    public record Confirmation(List<Values.Application> applications, String court, Values.CourtBasis courtBasis,
            String appliedAt, String acceptedAt, String decidedAt, String reason, boolean enforceable) {
    }

    public record Clock(ClockKind kind, String ruleId, String labelZh, String labelEn, String status, String startedAt,
            String dueDate, String dueAt, boolean provisional, int extensions, String stoppedAt, String source) {
    }

    static MediationResponse of(Mediation m, WorkingDayCalendar calendar, Instant now) {
        Mediation.State s = m.state();
        Agreement agreement = null;
        if (s.agreementVersion() > 0) {
            agreement = new Agreement(s.agreementVersion(), m.canonicalText(), m.contentHash(), m.settlesOwnership(),
                    s.terms().stream().map(t -> new Term(t.seq(), t.kind().name(), t.kind().labelZh(), t.kind().labelEn(),
                            t.description(), t.amountYuan(), t.performBy(), t.performedAt(), t.performedNote())).toList(),
                    s.signatures(), s.sealedBy(), s.effectiveAt());
        }
        Confirmation confirmation = s.applications().isEmpty() ? null : new Confirmation(s.applications(),
                s.confirmationCourt(), s.courtBasis(), s.confirmationAppliedAt(), s.confirmationAcceptedAt(),
                s.confirmationDecidedAt(), s.confirmationReason(), s.enforceable());
        List<Clock> clocks = new ArrayList<>();
        WorkingDayCalendar provisional = calendar.provisional();
        for (Map.Entry<ClockKind, StatutoryClock> e : new java.util.TreeMap<>(m.clocks()).entrySet()) {
            StatutoryClock c = e.getValue();
            ClockReading r = c.read(provisional, now.isBefore(c.startedAt()) ? c.startedAt() : now);
            clocks.add(new Clock(e.getKey(), c.rule().id(), c.rule().labelZh(), c.rule().labelEn(), r.status().name(),
                    c.startedAt().toString(), r.dueDate() == null ? null : r.dueDate().toString(), r.dueAt().toString(),
                    calendar.isProvisionalBetween(WorkingDayCalendar.legalDate(c.startedAt()), r.dueDate()),
                    c.extensions().size(), c.stoppedAt() == null ? null : c.stoppedAt().toString(),
                    c.rule().confirmed() ? c.rule().citation() : "unconfirmed: " + c.rule().note()));
        }
        return new MediationResponse(s.id(), s.caseId(), s.district(), s.kind(), s.kind().labelZh(), s.kind().labelEn(),
                s.status(), s.status().labelZh(), s.status().labelEn(), s.title(), s.ipKind(), s.requesterKind(),
                s.requesterDepartment(), s.courtDepartment(), s.parties(), s.organisationId(), s.mediatorId(),
                s.requestedAt(), s.appointedAt(), s.acceptedAt(), s.fileSignedAt(), s.sessions(), agreement,
                s.failureReason(), confirmation, clocks);
    }
}
