package org.ipcollab.mediation.mediation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ipcollab.mediation.mediation.domain.Values.Actor;
import org.ipcollab.mediation.mediation.domain.Values.Application;
import org.ipcollab.mediation.mediation.domain.Values.CourtBasis;
import org.ipcollab.mediation.mediation.domain.Values.Party;
import org.ipcollab.mediation.mediation.domain.Values.RequesterKind;
import org.ipcollab.mediation.mediation.domain.Values.Session;
import org.ipcollab.mediation.mediation.domain.Values.Side;
import org.ipcollab.mediation.mediation.domain.Values.Signature;
import org.ipcollab.mediation.mediation.domain.Values.Signer;
import org.ipcollab.mediation.mediation.domain.Values.Term;
import org.ipcollab.mediation.rules.domain.ClockOperationRefused;
import org.ipcollab.mediation.rules.domain.ClockStatus;
import org.ipcollab.mediation.rules.domain.ExtensionAuthority;
import org.ipcollab.mediation.rules.domain.StatutoryClock;
import org.ipcollab.mediation.rules.domain.TimeLimitRules;
import org.ipcollab.mediation.rules.domain.WorkingDayCalendar;

/**
 * 调解 — one mediation: court-invited (委派/委托) or direct, from request to agreement (调解协议), judicial confirmation
 * (司法确认) and performance (履行), with its statutory clocks. Plain Java; every command checks the state, changes it
 * and returns the events it causes.
 */
public final class Mediation {
    /** The rules a command counts with. */
    public record Law(TimeLimitRules timeLimits, WorkingDayCalendar calendar) {
    }

    /** Everything but the clocks, as stored. */
    public record State(UUID id, UUID caseId, String district, MediationKind kind, RequesterKind requesterKind,
            String requesterDepartment, String requesterUser, String courtDepartment, String title, String ipKind,
            MediationStatus status, List<Party> parties, UUID organisationId, UUID mediatorId, String mediatorUser,
            String requestedAt, String appointedAt, String acceptedAt, String fileSignedAt, List<Session> sessions,
            int agreementVersion, List<Term> terms, List<Signature> signatures, String sealedBy, String effectiveAt,
            String failureReason, List<Application> applications, String confirmationCourt, CourtBasis courtBasis,
            String confirmationAppliedAt, String confirmationAcceptedAt, String confirmationDecidedAt,
            String confirmationReason, boolean enforceable) {
    }

    private static final Set<MediationStatus> OPEN = EnumSet.of(MediationStatus.REQUESTED, MediationStatus.APPOINTED,
            MediationStatus.ACCEPTED, MediationStatus.MEDIATING, MediationStatus.AGREEMENT_DRAFTED);
    private static final Set<MediationStatus> PERFORMABLE = EnumSet.of(MediationStatus.AGREEMENT_EFFECTIVE,
            MediationStatus.CONFIRMATION_APPLIED, MediationStatus.CONFIRMATION_ACCEPTED, MediationStatus.CONFIRMED,
            MediationStatus.CONFIRMATION_REFUSED);

    private State s;
    private final Map<ClockKind, StatutoryClock> clocks;

    private Mediation(State state, Map<ClockKind, StatutoryClock> clocks) {
        this.s = state;
        this.clocks = new EnumMap<>(ClockKind.class);
        this.clocks.putAll(clocks);
    }

    public static Mediation restore(State state, Map<ClockKind, StatutoryClock> clocks) {
        return new Mediation(state, clocks);
    }

    /** 申请调解 — a court invites mediation (委派/委托), or an agency or a party asks an organisation directly. */
    public static Result request(UUID id, UUID caseId, String district, MediationKind kind, RequesterKind requester,
            String requesterDepartment, String requesterUser, String title, String ipKind, List<Party> parties,
            UUID organisationId, Instant now, Law law) {
        if (kind.courtInvited() != (requester == RequesterKind.COURT)) {
            throw new MediationRefused("mediation-kind", true, kind.courtInvited()
                    ? "only a court invites " + kind + " mediation" : "a court invites PRE_FILING or ENTRUSTED_* mediation, not DIRECT");
        }
        if (parties.size() != 2 || parties.get(0).side() == parties.get(1).side()
                || parties.get(0).userId().equals(parties.get(1).userId())) {
            throw new MediationRefused("parties", true, "a mediation has one APPLICANT and one RESPONDENT, two different users");
        }
        if (!kind.courtInvited() && organisationId == null) {
            throw new MediationRefused("organisation-required", true, "a direct request names the organisation asked to mediate");
        }
        State state = new State(id, caseId, district, kind, requester, requesterDepartment, requesterUser,
                kind.courtInvited() ? requesterDepartment : null, title, ipKind, MediationStatus.REQUESTED,
                List.copyOf(parties), organisationId, null, null, now.toString(), null, null, null, List.of(), 0,
                List.of(), List.of(), null, null, null, List.of(), null, null, null, null, null, null, false);
        Mediation m = new Mediation(state, Map.of());
        if (kind.courtInvited()) {
            m.startClock(ClockKind.APPOINTMENT, now, law);
        }
        return new Result(m, List.of(m.event(MediationFact.REQUESTED, now, details(
                "requesterKind", requester.name(), "requesterDepartment", requesterDepartment,
                "courtDepartment", state.courtDepartment(), "organisationId", str(organisationId),
                "title", title, "ipKind", ipKind))));
    }

    /** 指定调解员 — the court (or for a direct request the organisation) appoints a mediator of an organisation. */
    public List<MediationEvent> appoint(UUID organisationId, UUID mediatorId, String mediatorUser, Instant now, Law law) {
        require(MediationStatus.REQUESTED);
        if (!s.kind().courtInvited() && !s.organisationId().equals(organisationId)) {
            throw new MediationRefused("organisation-mismatch", true,
                    "a direct request was made to organisation " + s.organisationId() + "; appoint one of its mediators");
        }
        boolean onTime = stop(ClockKind.APPOINTMENT, now, law);
        s = with(s).organisation(organisationId, mediatorId, mediatorUser, now.toString()).status(MediationStatus.APPOINTED).build();
        startClock(ClockKind.ACCEPTANCE, now, law);
        return List.of(event(MediationFact.MEDIATOR_APPOINTED, now, details("organisationId", organisationId.toString(),
                "mediatorId", mediatorId.toString(), "onTime", onTime)));
    }

    /** 调解员确认接受 — the appointed mediator accepts. */
    public List<MediationEvent> accept(Instant now, Law law) {
        require(MediationStatus.APPOINTED);
        boolean onTime = stop(ClockKind.ACCEPTANCE, now, law);
        s = with(s).accepted(now.toString()).status(MediationStatus.ACCEPTED).build();
        return List.of(event(MediationFact.MEDIATOR_ACCEPTED, now, details("mediatorId", s.mediatorId().toString(),
                "onTime", onTime)));
    }

    /** 签收卷宗 — the mediator signs for the file; the mediation period starts (court-invited kinds). */
    public List<MediationEvent> signForFile(Instant now, Law law) {
        require(MediationStatus.ACCEPTED);
        s = with(s).fileSigned(now.toString()).status(MediationStatus.MEDIATING).build();
        String due = null;
        if (s.kind().ruleId() != null) {
            startClock(ClockKind.MEDIATION, now, law);
            due = clocks.get(ClockKind.MEDIATION).read(law.calendar().provisional(), now).dueDate().toString();
        }
        return List.of(event(MediationFact.FILE_SIGNED_FOR, now, details("mediationDueDate", due)));
    }

    /** 延长调解期限 — recorded extension by the parties' agreement. */
    public List<MediationEvent> extend(int days, String reference, Instant now, Law law) {
        require(MediationStatus.MEDIATING, MediationStatus.AGREEMENT_DRAFTED);
        StatutoryClock clock = clocks.get(ClockKind.MEDIATION);
        if (clock == null) {
            throw MediationRefused.conflict("direct mediation has no statutory period to extend");
        }
        WorkingDayCalendar cal = law.calendar().provisional();
        try {
            clocks.put(ClockKind.MEDIATION, clock.extend(ExtensionAuthority.PARTIES_AGREEMENT, days, reference, now, cal));
        } catch (ClockOperationRefused e) {
            throw MediationRefused.conflict(e.getMessage());
        }
        return List.of(event(MediationFact.EXTENDED, now, details("days", days, "reference", reference,
                "mediationDueDate", clocks.get(ClockKind.MEDIATION).read(cal, now).dueDate().toString())));
    }

    /** 调解记录 — a session held. */
    public List<MediationEvent> recordSession(LocalDate heldOn, String place, boolean online, List<String> attendees,
            String summary, List<String> documents, String by, Instant now) {
        require(MediationStatus.MEDIATING, MediationStatus.AGREEMENT_DRAFTED);
        if (heldOn.isAfter(WorkingDayCalendar.legalDate(now))) {
            throw new MediationRefused("session-in-future", true, "a session is recorded after it was held");
        }
        List<Session> sessions = new ArrayList<>(s.sessions());
        Session session = new Session(sessions.size() + 1, heldOn.toString(), place, online, List.copyOf(attendees),
                summary, List.copyOf(documents), by, now.toString());
        sessions.add(session);
        s = with(s).sessions(sessions).build();
        return List.of(event(MediationFact.SESSION_RECORDED, now, details("sessionSeq", session.seq(),
                "heldOn", session.heldOn(), "online", online, "attendeeCount", attendees.size())));
    }

    /** 拟定/修改调解协议 — a new version of the terms; signatures given on an earlier version no longer count. */
    public List<MediationEvent> draftAgreement(List<Term> terms, Instant now) {
        require(MediationStatus.MEDIATING, MediationStatus.AGREEMENT_DRAFTED);
        if (terms.isEmpty()) {
            throw new MediationRefused("terms-required", true, "an agreement has at least one term");
        }
        List<Term> numbered = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (t.kind() == TermKind.COMPENSATION) {
                if (t.amountYuan() == null || new BigDecimal(t.amountYuan()).signum() <= 0) {
                    throw new MediationRefused("compensation-amount", true, "term " + (i + 1) + ": compensation states a positive amount in yuan");
                }
            } else if (t.amountYuan() != null) {
                throw new MediationRefused("amount-not-allowed", true, "term " + (i + 1) + ": only compensation has an amount");
            }
            numbered.add(new Term(i + 1, t.kind(), t.description(), t.amountYuan(), t.performBy(), null, null));
        }
        List<Signature> signatures = new ArrayList<>();
        int invalidated = 0;
        for (Signature sig : s.signatures()) {
            if (sig.valid()) {
                invalidated++;
                signatures.add(new Signature(sig.signer(), sig.userId(), sig.contentHash(), sig.signedAt(), now.toString()));
            } else {
                signatures.add(sig);
            }
        }
        s = with(s).agreement(s.agreementVersion() + 1, numbered, signatures).status(MediationStatus.AGREEMENT_DRAFTED).build();
        return List.of(event(MediationFact.AGREEMENT_DRAFTED, now, details("agreementVersion", s.agreementVersion(),
                "contentHash", contentHash(), "termCount", numbered.size(), "signaturesInvalidated", invalidated,
                "settlesOwnership", settlesOwnership())));
    }

    /** 签署 — a party or the mediator signs the text whose hash it saw. */
    public List<MediationEvent> sign(Signer signer, String userId, String hash, Instant now) {
        require(MediationStatus.AGREEMENT_DRAFTED);
        requireCurrentHash(hash);
        if (s.signatures().stream().anyMatch(x -> x.valid() && x.signer() == signer)) {
            throw MediationRefused.conflict(signer + " has already signed this version of the agreement");
        }
        List<Signature> signatures = new ArrayList<>(s.signatures());
        signatures.add(new Signature(signer, userId, hash, now.toString(), null));
        s = with(s).agreement(s.agreementVersion(), s.terms(), signatures).build();
        return List.of(event(MediationFact.AGREEMENT_SIGNED, now, details("signer", signer.name(),
                "agreementVersion", s.agreementVersion(), "contentHash", hash)));
    }

    /** 盖章 — the organisation seals the signed agreement; it takes effect (People's Mediation Law art 29). */
    public List<MediationEvent> seal(String hash, String by, Instant now, Law law) {
        require(MediationStatus.AGREEMENT_DRAFTED);
        requireCurrentHash(hash);
        for (Signer signer : Signer.values()) {
            if (s.signatures().stream().noneMatch(x -> x.valid() && x.signer() == signer)) {
                throw MediationRefused.conflict("the agreement is sealed after both parties and the mediator signed; "
                        + signer + " has not signed version " + s.agreementVersion());
            }
        }
        stop(ClockKind.MEDIATION, now, law);
        s = with(s).sealed(by, now.toString()).status(MediationStatus.AGREEMENT_EFFECTIVE).build();
        startClock(ClockKind.CONFIRMATION_APPLICATION, now, law);
        return List.of(event(MediationFact.AGREEMENT_SEALED, now, details("agreementVersion", s.agreementVersion(),
                "contentHash", hash, "effectiveAt", now.toString(), "terms", termDetails(),
                "confirmationApplicationDueDate", dueDate(ClockKind.CONFIRMATION_APPLICATION, now, law))));
    }

    /** 调解不成 — the mediation failed; it goes back to whoever sent it. */
    public List<MediationEvent> fail(String reason, Instant now, Law law) {
        if (!OPEN.contains(s.status())) {
            throw MediationRefused.conflict("a mediation in status " + s.status() + " can no longer fail");
        }
        for (ClockKind kind : List.of(ClockKind.APPOINTMENT, ClockKind.ACCEPTANCE, ClockKind.MEDIATION)) {
            if (clocks.containsKey(kind) && clocks.get(kind).stoppedAt() == null) {
                stop(kind, now, law);
            }
        }
        s = with(s).failed(reason).status(MediationStatus.FAILED).build();
        return List.of(event(MediationFact.FAILED, now, details("reason", reason,
                "returnedToKind", s.requesterKind().name(), "returnedToDepartment", s.requesterDepartment())));
    }

    /**
     * 申请司法确认 — one party's part of the joint application; the second makes it joint. Refused (422) when the
     * agreement settles ownership or validity (确权), or when 30 days from its effect have passed.
     */
    public List<MediationEvent> applyForConfirmation(Side side, String userId, String court, CourtBasis basis,
            Instant now, Law law) {
        require(MediationStatus.AGREEMENT_EFFECTIVE);
        if (settlesOwnership()) {
            throw new MediationRefused("confirmation-ineligible", true, "the agreement settles IP ownership or validity"
                    + " (确权), which judicial confirmation does not cover (SPC CPL interpretation art 355(5))");
        }
        StatutoryClock clock = clocks.get(ClockKind.CONFIRMATION_APPLICATION);
        if (clock.read(law.calendar().provisional(), now).status() == ClockStatus.OVERDUE) {
            throw new MediationRefused("confirmation-too-late", true, "the joint application is due within 30 days of"
                    + " the agreement taking effect (People's Mediation Law art 33; CPL 2023 art 205); the period ended "
                    + clock.read(law.calendar().provisional(), now).dueDate());
        }
        if (s.applications().stream().anyMatch(a -> a.side() == side)) {
            throw MediationRefused.conflict(side + " has already applied");
        }
        String chosenCourt;
        CourtBasis chosenBasis;
        if (s.courtDepartment() != null) {
            if (court != null && !court.equals(s.courtDepartment())) {
                throw new MediationRefused("confirmation-court", true, "a court-invited mediation is confirmed by the"
                        + " inviting court " + s.courtDepartment());
            }
            chosenCourt = s.courtDepartment();
            chosenBasis = CourtBasis.INVITING_COURT;
        } else {
            if (court == null || basis == null || basis == CourtBasis.INVITING_COURT) {
                throw new MediationRefused("confirmation-court", true, "no court invited this mediation: name the basic"
                        + " court where a party lives, the property is, or the mediator sits, and which (basis)");
            }
            chosenCourt = court;
            chosenBasis = basis;
        }
        for (Application other : s.applications()) {
            if (!other.court().equals(chosenCourt)) {
                throw new MediationRefused("confirmation-court", true, "a joint application goes to one court; the other"
                        + " party applied to " + other.court());
            }
        }
        List<Application> apps = new ArrayList<>(s.applications());
        apps.add(new Application(side, userId, chosenCourt, chosenBasis, now.toString()));
        boolean joint = apps.size() == 2;
        s = with(s).applications(apps, chosenCourt, chosenBasis, joint ? now.toString() : null)
                .status(joint ? MediationStatus.CONFIRMATION_APPLIED : s.status()).build();
        if (joint) {
            stop(ClockKind.CONFIRMATION_APPLICATION, now, law);
            startClock(ClockKind.CONFIRMATION_ACCEPTANCE, now, law);
        }
        return List.of(event(MediationFact.CONFIRMATION_APPLIED, now, details("side", side.name(), "joint", joint,
                "court", chosenCourt, "courtBasis", chosenBasis.name())));
    }

    /** 受理 — the court accepts the joint application, or refuses it. */
    public List<MediationEvent> acceptConfirmation(boolean accepted, String reason, Instant now, Law law) {
        require(MediationStatus.CONFIRMATION_APPLIED);
        if (!accepted && (reason == null || reason.isBlank())) {
            throw new MediationRefused("reason-required", true, "a refusal gives its reason");
        }
        boolean onTime = stop(ClockKind.CONFIRMATION_ACCEPTANCE, now, law);
        s = with(s).confirmationAccepted(accepted ? now.toString() : null, accepted ? null : reason, accepted ? null : now.toString())
                .status(accepted ? MediationStatus.CONFIRMATION_ACCEPTED : MediationStatus.CONFIRMATION_REFUSED).build();
        if (accepted) {
            startClock(ClockKind.CONFIRMATION_DECISION, now, law);
        } else {
            settlePerformance();
        }
        if (accepted) {
            return List.of(event(MediationFact.CONFIRMATION_ACCEPTED, now, details("court", s.confirmationCourt(),
                    "onTime", onTime, "decisionDueDate", dueDate(ClockKind.CONFIRMATION_DECISION, now, law))));
        }
        return List.of(event(MediationFact.CONFIRMATION_REFUSED, now, details("court", s.confirmationCourt(),
                "reason", reason, "onTime", onTime)));
    }

    /** 延长审查期限 — +10 days with approval (SPC 2011 rules). */
    public List<MediationEvent> extendConfirmation(String reference, Instant now, Law law) {
        require(MediationStatus.CONFIRMATION_ACCEPTED);
        try {
            clocks.put(ClockKind.CONFIRMATION_DECISION, clocks.get(ClockKind.CONFIRMATION_DECISION)
                    .extend(ExtensionAuthority.APPROVAL, null, reference, now, law.calendar().provisional()));
        } catch (ClockOperationRefused e) {
            throw MediationRefused.conflict(e.getMessage());
        }
        return List.of(event(MediationFact.CONFIRMATION_EXTENDED, now, details("reference", reference,
                "decisionDueDate", dueDate(ClockKind.CONFIRMATION_DECISION, now, law))));
    }

    /** 裁定 — the court confirms the agreement (enforceable) or not. */
    public List<MediationEvent> decideConfirmation(boolean confirmed, String reason, Instant now, Law law) {
        require(MediationStatus.CONFIRMATION_ACCEPTED);
        if (!confirmed && (reason == null || reason.isBlank())) {
            throw new MediationRefused("reason-required", true, "a ruling not to confirm gives its reason");
        }
        boolean onTime = stop(ClockKind.CONFIRMATION_DECISION, now, law);
        s = with(s).decided(now.toString(), reason, confirmed)
                .status(confirmed ? MediationStatus.CONFIRMED : MediationStatus.CONFIRMATION_REFUSED).build();
        settlePerformance();
        return List.of(event(MediationFact.CONFIRMATION_DECIDED, now, details("confirmed", confirmed,
                "enforceable", confirmed, "reason", reason, "onTime", onTime)));
    }

    /** 履行 — a term was performed. */
    public List<MediationEvent> performTerm(int seq, LocalDate performedOn, String note, Instant now) {
        if (!PERFORMABLE.contains(s.status())) {
            throw MediationRefused.conflict("terms are performed once the agreement is in effect; status is " + s.status());
        }
        Term term = term(seq);
        if (term.performed()) {
            throw MediationRefused.conflict("term " + seq + " was already performed");
        }
        if (performedOn.isAfter(WorkingDayCalendar.legalDate(now))) {
            throw new MediationRefused("performed-in-future", true, "performance is recorded after it happened");
        }
        List<Term> terms = new ArrayList<>();
        for (Term t : s.terms()) {
            terms.add(t.seq() == seq ? new Term(seq, t.kind(), t.description(), t.amountYuan(), t.performBy(),
                    performedOn.toString(), note) : t);
        }
        s = with(s).agreement(s.agreementVersion(), terms, s.signatures()).build();
        settlePerformance();
        boolean onTime = !performedOn.isAfter(LocalDate.parse(term.performBy()));
        return List.of(event(MediationFact.TERM_PERFORMED, now, details("termSeq", seq, "termKind", term.kind().name(),
                "performBy", term.performBy(), "performedOn", performedOn.toString(), "onTime", onTime,
                "allTermsPerformed", s.terms().stream().allMatch(Term::performed))));
    }

    /** 逾期未履行 — a term's deadline passed without performance (reported once by the scanner). */
    public List<MediationEvent> termOverdue(int seq, Instant now) {
        Term term = term(seq);
        if (!PERFORMABLE.contains(s.status()) || term.performed() || !WorkingDayCalendar.legalDate(now).isAfter(LocalDate.parse(term.performBy()))) {
            return List.of();
        }
        return List.of(event(MediationFact.TERM_OVERDUE, now, details("termSeq", seq, "termKind", term.kind().name(),
                "description", term.description(), "amountYuan", term.amountYuan(), "performBy", term.performBy())));
    }

    public boolean settlesOwnership() {
        return s.terms().stream().anyMatch(t -> t.kind() == TermKind.OWNERSHIP_OR_VALIDITY);
    }

    public String canonicalText() {
        return s.agreementVersion() == 0 ? null : AgreementText.canonical(s.id(), s.agreementVersion(), s.parties(), s.terms());
    }

    public String contentHash() {
        String text = canonicalText();
        return text == null ? null : AgreementText.sha256(text);
    }

    public State state() {
        return s;
    }

    public Map<ClockKind, StatutoryClock> clocks() {
        return Map.copyOf(clocks);
    }

    public Party party(Side side) {
        return s.parties().stream().filter(p -> p.side() == side).findFirst().orElseThrow();
    }

    private void settlePerformance() {
        if (!s.terms().isEmpty() && s.terms().stream().allMatch(Term::performed)
                && EnumSet.of(MediationStatus.AGREEMENT_EFFECTIVE, MediationStatus.CONFIRMED,
                        MediationStatus.CONFIRMATION_REFUSED).contains(s.status())) {
            s = with(s).status(MediationStatus.PERFORMED).build();
        }
    }

    private Term term(int seq) {
        return s.terms().stream().filter(t -> t.seq() == seq).findFirst()
                .orElseThrow(() -> new MediationRefused("no-such-term", true, "the agreement has no term " + seq));
    }

    private void requireCurrentHash(String hash) {
        if (!contentHash().equals(hash)) {
            throw new MediationRefused("stale-agreement", false, "the agreement changed: version "
                    + s.agreementVersion() + " has content hash " + contentHash() + "; sign what is current");
        }
    }

    private List<Map<String, Object>> termDetails() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Term t : s.terms()) {
            list.add(details("seq", t.seq(), "kind", t.kind().name(), "amountYuan", t.amountYuan(), "performBy", t.performBy()));
        }
        return list;
    }

    private String dueDate(ClockKind kind, Instant now, Law law) {
        return clocks.get(kind).read(law.calendar().provisional(), now).dueDate().toString();
    }

    private void startClock(ClockKind kind, Instant now, Law law) {
        String ruleId = kind.ruleId(s.kind());
        clocks.put(kind, StatutoryClock.start(law.timeLimits().inForce(ruleId, WorkingDayCalendar.legalDate(now)), now));
    }

    /** Stops a clock if there is one; answers whether it was on time (true when there is no clock). */
    private boolean stop(ClockKind kind, Instant now, Law law) {
        StatutoryClock clock = clocks.get(kind);
        if (clock == null || clock.stoppedAt() != null) {
            return true;
        }
        StatutoryClock stopped = clock.stop(now);
        clocks.put(kind, stopped);
        return stopped.read(law.calendar().provisional(), now).status() == ClockStatus.DONE_ON_TIME;
    }

    private void require(MediationStatus... allowed) {
        for (MediationStatus status : allowed) {
            if (s.status() == status) {
                return;
            }
        }
        throw MediationRefused.conflict("not allowed in status " + s.status() + " (" + s.status().labelEn() + ")");
    }

    private MediationEvent event(MediationFact fact, Instant now, Map<String, Object> details) {
        return new MediationEvent(fact, s.caseId(), s.id(), s.district(), s.kind(), s.status(), now.toString(), details);
    }

    static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** The result of a request: the new mediation and its events. */
    public record Result(Mediation mediation, List<MediationEvent> events) {
    }

    private static Builder with(State s) {
        return new Builder(s);
    }

    /** Copies a state with some fields changed. */
    private static final class Builder {
        private State s;

        Builder(State s) {
            this.s = s;
        }

        Builder status(MediationStatus status) {
            s = new State(s.id(), s.caseId(), s.district(), s.kind(), s.requesterKind(), s.requesterDepartment(),
                    s.requesterUser(), s.courtDepartment(), s.title(), s.ipKind(), status, s.parties(),
                    s.organisationId(), s.mediatorId(), s.mediatorUser(), s.requestedAt(), s.appointedAt(),
                    s.acceptedAt(), s.fileSignedAt(), s.sessions(), s.agreementVersion(), s.terms(), s.signatures(),
                    s.sealedBy(), s.effectiveAt(), s.failureReason(), s.applications(), s.confirmationCourt(),
                    s.courtBasis(), s.confirmationAppliedAt(), s.confirmationAcceptedAt(), s.confirmationDecidedAt(),
                    s.confirmationReason(), s.enforceable());
            return this;
        }

        Builder organisation(UUID org, UUID mediator, String mediatorUser, String at) {
            s = new State(s.id(), s.caseId(), s.district(), s.kind(), s.requesterKind(), s.requesterDepartment(),
                    s.requesterUser(), s.courtDepartment(), s.title(), s.ipKind(), s.status(), s.parties(),
                    org, mediator, mediatorUser, s.requestedAt(), at,
                    s.acceptedAt(), s.fileSignedAt(), s.sessions(), s.agreementVersion(), s.terms(), s.signatures(),
                    s.sealedBy(), s.effectiveAt(), s.failureReason(), s.applications(), s.confirmationCourt(),
                    s.courtBasis(), s.confirmationAppliedAt(), s.confirmationAcceptedAt(), s.confirmationDecidedAt(),
                    s.confirmationReason(), s.enforceable());
            return this;
        }

        Builder accepted(String at) {
            s = new State(s.id(), s.caseId(), s.district(), s.kind(), s.requesterKind(), s.requesterDepartment(),
                    s.requesterUser(), s.courtDepartment(), s.title(), s.ipKind(), s.status(), s.parties(),
                    s.organisationId(), s.mediatorId(), s.mediatorUser(), s.requestedAt(), s.appointedAt(),
                    at, s.fileSignedAt(), s.sessions(), s.agreementVersion(), s.terms(), s.signatures(),
                    s.sealedBy(), s.effectiveAt(), s.failureReason(), s.applications(), s.confirmationCourt(),
                    s.courtBasis(), s.confirmationAppliedAt(), s.confirmationAcceptedAt(), s.confirmationDecidedAt(),
                    s.confirmationReason(), s.enforceable());
            return this;
        }

        Builder fileSigned(String at) {
            s = new State(s.id(), s.caseId(), s.district(), s.kind(), s.requesterKind(), s.requesterDepartment(),
                    s.requesterUser(), s.courtDepartment(), s.title(), s.ipKind(), s.status(), s.parties(),
                    s.organisationId(), s.mediatorId(), s.mediatorUser(), s.requestedAt(), s.appointedAt(),
                    s.acceptedAt(), at, s.sessions(), s.agreementVersion(), s.terms(), s.signatures(),
                    s.sealedBy(), s.effectiveAt(), s.failureReason(), s.applications(), s.confirmationCourt(),
                    s.courtBasis(), s.confirmationAppliedAt(), s.confirmationAcceptedAt(), s.confirmationDecidedAt(),
                    s.confirmationReason(), s.enforceable());
            return this;
        }

        Builder sessions(List<Session> sessions) {
            s = new State(s.id(), s.caseId(), s.district(), s.kind(), s.requesterKind(), s.requesterDepartment(),
                    s.requesterUser(), s.courtDepartment(), s.title(), s.ipKind(), s.status(), s.parties(),
                    s.organisationId(), s.mediatorId(), s.mediatorUser(), s.requestedAt(), s.appointedAt(),
                    s.acceptedAt(), s.fileSignedAt(), List.copyOf(sessions), s.agreementVersion(), s.terms(), s.signatures(),
                    s.sealedBy(), s.effectiveAt(), s.failureReason(), s.applications(), s.confirmationCourt(),
                    s.courtBasis(), s.confirmationAppliedAt(), s.confirmationAcceptedAt(), s.confirmationDecidedAt(),
                    s.confirmationReason(), s.enforceable());
            return this;
        }

        Builder agreement(int version, List<Term> terms, List<Signature> signatures) {
            s = new State(s.id(), s.caseId(), s.district(), s.kind(), s.requesterKind(), s.requesterDepartment(),
                    s.requesterUser(), s.courtDepartment(), s.title(), s.ipKind(), s.status(), s.parties(),
                    s.organisationId(), s.mediatorId(), s.mediatorUser(), s.requestedAt(), s.appointedAt(),
                    s.acceptedAt(), s.fileSignedAt(), s.sessions(), version, List.copyOf(terms), List.copyOf(signatures),
                    s.sealedBy(), s.effectiveAt(), s.failureReason(), s.applications(), s.confirmationCourt(),
                    s.courtBasis(), s.confirmationAppliedAt(), s.confirmationAcceptedAt(), s.confirmationDecidedAt(),
                    s.confirmationReason(), s.enforceable());
            return this;
        }

        Builder sealed(String by, String at) {
            s = new State(s.id(), s.caseId(), s.district(), s.kind(), s.requesterKind(), s.requesterDepartment(),
                    s.requesterUser(), s.courtDepartment(), s.title(), s.ipKind(), s.status(), s.parties(),
                    s.organisationId(), s.mediatorId(), s.mediatorUser(), s.requestedAt(), s.appointedAt(),
                    s.acceptedAt(), s.fileSignedAt(), s.sessions(), s.agreementVersion(), s.terms(), s.signatures(),
                    by, at, s.failureReason(), s.applications(), s.confirmationCourt(),
                    s.courtBasis(), s.confirmationAppliedAt(), s.confirmationAcceptedAt(), s.confirmationDecidedAt(),
                    s.confirmationReason(), s.enforceable());
            return this;
        }

        Builder failed(String reason) {
            s = new State(s.id(), s.caseId(), s.district(), s.kind(), s.requesterKind(), s.requesterDepartment(),
                    s.requesterUser(), s.courtDepartment(), s.title(), s.ipKind(), s.status(), s.parties(),
                    s.organisationId(), s.mediatorId(), s.mediatorUser(), s.requestedAt(), s.appointedAt(),
                    s.acceptedAt(), s.fileSignedAt(), s.sessions(), s.agreementVersion(), s.terms(), s.signatures(),
                    s.sealedBy(), s.effectiveAt(), reason, s.applications(), s.confirmationCourt(),
                    s.courtBasis(), s.confirmationAppliedAt(), s.confirmationAcceptedAt(), s.confirmationDecidedAt(),
                    s.confirmationReason(), s.enforceable());
            return this;
        }

        Builder applications(List<Application> apps, String court, CourtBasis basis, String appliedAt) {
            s = new State(s.id(), s.caseId(), s.district(), s.kind(), s.requesterKind(), s.requesterDepartment(),
                    s.requesterUser(), s.courtDepartment(), s.title(), s.ipKind(), s.status(), s.parties(),
                    s.organisationId(), s.mediatorId(), s.mediatorUser(), s.requestedAt(), s.appointedAt(),
                    s.acceptedAt(), s.fileSignedAt(), s.sessions(), s.agreementVersion(), s.terms(), s.signatures(),
                    s.sealedBy(), s.effectiveAt(), s.failureReason(), List.copyOf(apps), court,
                    basis, appliedAt, s.confirmationAcceptedAt(), s.confirmationDecidedAt(),
                    s.confirmationReason(), s.enforceable());
            return this;
        }

        Builder confirmationAccepted(String acceptedAt, String reason, String decidedAt) {
            s = new State(s.id(), s.caseId(), s.district(), s.kind(), s.requesterKind(), s.requesterDepartment(),
                    s.requesterUser(), s.courtDepartment(), s.title(), s.ipKind(), s.status(), s.parties(),
                    s.organisationId(), s.mediatorId(), s.mediatorUser(), s.requestedAt(), s.appointedAt(),
                    s.acceptedAt(), s.fileSignedAt(), s.sessions(), s.agreementVersion(), s.terms(), s.signatures(),
                    s.sealedBy(), s.effectiveAt(), s.failureReason(), s.applications(), s.confirmationCourt(),
                    s.courtBasis(), s.confirmationAppliedAt(), acceptedAt, decidedAt, reason, s.enforceable());
            return this;
        }

        Builder decided(String at, String reason, boolean enforceable) {
            s = new State(s.id(), s.caseId(), s.district(), s.kind(), s.requesterKind(), s.requesterDepartment(),
                    s.requesterUser(), s.courtDepartment(), s.title(), s.ipKind(), s.status(), s.parties(),
                    s.organisationId(), s.mediatorId(), s.mediatorUser(), s.requestedAt(), s.appointedAt(),
                    s.acceptedAt(), s.fileSignedAt(), s.sessions(), s.agreementVersion(), s.terms(), s.signatures(),
                    s.sealedBy(), s.effectiveAt(), s.failureReason(), s.applications(), s.confirmationCourt(),
                    s.courtBasis(), s.confirmationAppliedAt(), s.confirmationAcceptedAt(), at, reason, enforceable);
            return this;
        }

        State build() {
            return s;
        }
    }
}
