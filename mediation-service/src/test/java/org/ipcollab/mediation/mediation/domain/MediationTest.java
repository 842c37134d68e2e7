package org.ipcollab.mediation.mediation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.ipcollab.mediation.mediation.domain.Values.Party;
import org.ipcollab.mediation.mediation.domain.Values.RequesterKind;
import org.ipcollab.mediation.mediation.domain.Values.Side;
import org.ipcollab.mediation.mediation.domain.Values.Signer;
import org.ipcollab.mediation.mediation.domain.Values.Term;
import org.ipcollab.mediation.rules.CalendarFiles;
import org.ipcollab.mediation.rules.MediationRules;
import org.ipcollab.mediation.rules.domain.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MediationTest {
    static final Mediation.Law LAW = new Mediation.Law(MediationRules.load(), CalendarFiles.bundled());
    static final UUID ORG = UUID.randomUUID();

    /** 10:00 Beijing time on a date. */
    static Instant at(String date) {
        return LocalDateTime.parse(date + "T10:00").atZone(WorkingDayCalendar.LEGAL_ZONE).toInstant();
    }

    static Mediation anEntrustedMediation(String requestedOn) {
        return Mediation.request(UUID.randomUUID(), UUID.randomUUID(), "500155", MediationKind.ENTRUSTED_ORDINARY,
                RequesterKind.COURT, "500155-court", "judge", "商标侵权纠纷", "TRADEMARK",
                List.of(new Party(Side.APPLICANT, "甲公司", "party-a"), new Party(Side.RESPONDENT, "乙商行", "party-b")),
                null, at(requestedOn), LAW).mediation();
    }

    static LocalDate due(Mediation m, ClockKind kind, Instant now) {
        return m.clocks().get(kind).read(LAW.calendar(), now).dueDate();
    }

    /** Requested, appointed, accepted and signed for on {@code day}; agreement with {@code terms} drafted. */
    static Mediation drafted(String day, List<Term> terms) {
        Mediation m = anEntrustedMediation(day);
        m.appoint(ORG, UUID.randomUUID(), "mediator-1", at(day), LAW);
        m.accept(at(day), LAW);
        m.signForFile(at(day), LAW);
        m.draftAgreement(terms, at(day));
        return m;
    }

    static Mediation sealedOn(String day, List<Term> terms) {
        Mediation m = drafted(day, terms);
        String hash = m.contentHash();
        m.sign(Signer.APPLICANT, "party-a", hash, at(day));
        m.sign(Signer.RESPONDENT, "party-b", hash, at(day));
        m.sign(Signer.MEDIATOR, "mediator-1", hash, at(day));
        m.seal(hash, "mediator-1", at(day), LAW);
        return m;
    }

    static List<Term> damages() {
        return List.of(new Term(0, TermKind.COMPENSATION, "赔偿经济损失", "50000.00", "2025-12-31", null, null),
                new Term(0, TermKind.STOP_INFRINGING, "停止销售侵权商品", null, "2025-09-30", null, null));
    }

    @Test
    @DisplayName("30 days to apply for confirmation that end in the 2025 National Day holiday roll over to 2025-10-09")
    void confirmationPeriodRollsOverNationalDay() {
        Mediation m = sealedOn("2025-09-05", damages());
        assertEquals(MediationStatus.AGREEMENT_EFFECTIVE, m.state().status());
        assertEquals(LocalDate.of(2025, 10, 9), due(m, ClockKind.CONFIRMATION_APPLICATION, at("2025-09-05")));
    }

    @Test
    @DisplayName("a joint application on the rolled-over last day is on time; the day after it is refused as too late")
    void applicationOnLastDayOnlyAfterRefused() {
        Mediation onTime = sealedOn("2025-09-05", damages());
        onTime.applyForConfirmation(Side.APPLICANT, "party-a", null, null, at("2025-10-09"), LAW);
        onTime.applyForConfirmation(Side.RESPONDENT, "party-b", null, null, at("2025-10-09"), LAW);
        assertEquals(MediationStatus.CONFIRMATION_APPLIED, onTime.state().status());
        assertEquals("500155-court", onTime.state().confirmationCourt(), "the inviting court");

        Mediation late = sealedOn("2025-09-05", damages());
        MediationRefused refused = assertThrows(MediationRefused.class,
                () -> late.applyForConfirmation(Side.APPLICANT, "party-a", null, null, at("2025-10-10"), LAW));
        assertEquals("confirmation-too-late", refused.code());
        assertTrue(late.state().applications().isEmpty());
    }

    @Test
    @DisplayName("the court's 3 working days to appoint span the 2026 Spring Festival and count the adjusted working Saturday 2026-02-14")
    void appointmentAcrossSpringFestival() {
        Mediation m = anEntrustedMediation("2026-02-12");
        assertEquals(LocalDate.of(2026, 2, 24), due(m, ClockKind.APPOINTMENT, at("2026-02-12")));
        m.appoint(ORG, UUID.randomUUID(), "mediator-1", at("2026-02-13"), LAW);
        assertEquals(LocalDate.of(2026, 2, 25), due(m, ClockKind.ACCEPTANCE, at("2026-02-13")),
                "14 Feb (adjusted Saturday), 24 Feb, 25 Feb");
    }

    @Test
    @DisplayName("the entrusted (ordinary) period is 15 days from signing for the file and extends by the parties' agreement")
    void entrustedPeriodAndExtension() {
        Mediation m = anEntrustedMediation("2025-03-03");
        m.appoint(ORG, UUID.randomUUID(), "mediator-1", at("2025-03-03"), LAW);
        m.accept(at("2025-03-04"), LAW);
        m.signForFile(at("2025-03-05"), LAW);
        assertEquals(LocalDate.of(2025, 3, 20), due(m, ClockKind.MEDIATION, at("2025-03-05")));
        m.extend(10, "延期同意书", at("2025-03-10"), LAW);
        assertEquals(LocalDate.of(2025, 3, 31), due(m, ClockKind.MEDIATION, at("2025-03-10")),
                "25 days end on Sunday 30 March and roll over to Monday");
    }

    @Test
    @DisplayName("an agreement settling ownership or validity (确权) cannot be confirmed")
    void ownershipSettlementIneligible() {
        Mediation m = sealedOn("2025-09-05", List.of(new Term(0, TermKind.OWNERSHIP_OR_VALIDITY, "确认商标归申请人所有",
                null, "2025-09-30", null, null)));
        MediationRefused refused = assertThrows(MediationRefused.class,
                () -> m.applyForConfirmation(Side.APPLICANT, "party-a", null, null, at("2025-09-06"), LAW));
        assertEquals("confirmation-ineligible", refused.code());
        assertTrue(refused.unprocessable());
    }

    @Test
    @DisplayName("changing the agreement after signing invalidates the signatures; the old hash can no longer be signed or sealed")
    void changeInvalidatesSignatures() {
        Mediation m = drafted("2025-05-06", damages());
        String first = m.contentHash();
        m.sign(Signer.APPLICANT, "party-a", first, at("2025-05-06"));
        List<MediationEvent> events = m.draftAgreement(List.of(new Term(0, TermKind.APOLOGY, "登报致歉", null,
                "2025-06-30", null, null)), at("2025-05-07"));
        assertEquals(1, events.get(0).details().get("signaturesInvalidated"));
        assertNotEquals(first, m.contentHash());
        assertFalse(m.state().signatures().get(0).valid());
        assertEquals("stale-agreement", assertThrows(MediationRefused.class,
                () -> m.sign(Signer.RESPONDENT, "party-b", first, at("2025-05-07"))).code());
        assertThrows(MediationRefused.class, () -> m.seal(m.contentHash(), "mediator-1", at("2025-05-07"), LAW),
                "not all have signed the current version");
    }

    @Test
    @DisplayName("the agreement takes effect only when both parties and the mediator signed and the organisation sealed")
    void effectNeedsAllSignaturesAndSeal() {
        Mediation m = drafted("2025-05-06", damages());
        String hash = m.contentHash();
        m.sign(Signer.APPLICANT, "party-a", hash, at("2025-05-06"));
        m.sign(Signer.MEDIATOR, "mediator-1", hash, at("2025-05-06"));
        assertThrows(MediationRefused.class, () -> m.seal(hash, "mediator-1", at("2025-05-06"), LAW));
        assertEquals(MediationStatus.AGREEMENT_DRAFTED, m.state().status());
        m.sign(Signer.RESPONDENT, "party-b", hash, at("2025-05-06"));
        m.seal(hash, "mediator-1", at("2025-05-06"), LAW);
        assertEquals(MediationStatus.AGREEMENT_EFFECTIVE, m.state().status());
    }

    @Test
    @DisplayName("the court decides within 15 days of accepting, 25 with approval, and a confirmed agreement is enforceable")
    void confirmationDecisionPeriod() {
        Mediation m = sealedOn("2025-03-03", damages());
        m.applyForConfirmation(Side.APPLICANT, "party-a", null, null, at("2025-03-04"), LAW);
        m.applyForConfirmation(Side.RESPONDENT, "party-b", null, null, at("2025-03-04"), LAW);
        assertEquals(LocalDate.of(2025, 3, 7), due(m, ClockKind.CONFIRMATION_ACCEPTANCE, at("2025-03-04")));
        m.acceptConfirmation(true, null, at("2025-03-05"), LAW);
        assertEquals(LocalDate.of(2025, 3, 20), due(m, ClockKind.CONFIRMATION_DECISION, at("2025-03-05")));
        m.extendConfirmation("院长批准", at("2025-03-06"), LAW);
        assertEquals(LocalDate.of(2025, 3, 31), due(m, ClockKind.CONFIRMATION_DECISION, at("2025-03-06")),
                "25 days end on Sunday 30 March and roll over");
        assertThrows(MediationRefused.class, () -> m.extendConfirmation("again", at("2025-03-07"), LAW));
        m.decideConfirmation(true, null, at("2025-03-10"), LAW);
        assertTrue(m.state().enforceable());
        assertEquals(MediationStatus.CONFIRMED, m.state().status());
    }
}
