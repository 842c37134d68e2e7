package org.ipcollab.cases.infringement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.ipcollab.cases.rules.domain.ClockStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The publication clocks of a decided case (SAMR Order 45 arts 9 and 11) on the plain domain. */
class PublicationClocksTest {
    static final RuleBook RULES = LifecycleTest.RULES;

    static InfringementCase awaitingDecision(Instant filed) {
        InfringementCase c = LifecycleTest.smallCase(filed);
        c = c.open("立审〔2025〕1号", "officer-1", filed.plusSeconds(3600), RULES).after();
        return c.finishInvestigation("查明", false, false, "officer-1", filed.plusSeconds(7200), RULES).after();
    }

    @Test
    @DisplayName("a fine decided on Monday 2025-09-29 must be published within 20 working days: by 2025-11-03 "
            + "(National Day week skipped, Saturday 10-11 worked)")
    void publicationClockStartsAtTheDecision() {
        InfringementCase c = awaitingDecision(LifecycleTest.beijing("2025-09-01T09:00"));
        Instant decided = LifecycleTest.beijing("2025-09-29T10:00");
        InfringementCase.Change d = c.decide(LifecycleTest.fine(decided, null), decided, RULES);
        assertEquals(LocalDate.parse("2025-11-03"), LifecycleTest.due(d.after(), CaseClockKind.PUBLICATION, decided));
        assertTrue(d.summaryZh().contains("须于 2025-11-03 前公示"), d.summaryZh());

        Instant late = LifecycleTest.beijing("2025-11-04T09:00");
        InfringementCase.Change p = d.after().publishDecision(UUID.randomUUID(), late.plusSeconds(86400L * 1000),
                false, "officer-1", late, RULES);
        assertEquals(ClockStatus.DONE_LATE, p.after().progress().clock(CaseClockKind.PUBLICATION)
                .read(RULES.calendar(), late).status());
        DecisionPublished event = (DecisionPublished) p.events().get(0);
        assertFalse(event.onTime());
        assertEquals(LocalDate.parse("2025-11-03"), event.publicationDueDate());
        assertThrows(CaseRefused.class, () -> p.after().publishDecision(UUID.randomUUID(), late, false, "officer-1",
                late, RULES), "published once");
    }

    @Test
    @DisplayName("a minor's case, a warning alone and a referral start no publication clock")
    void noClock() {
        Instant at = LifecycleTest.beijing("2025-09-29T10:00");
        InfringementCase c = awaitingDecision(LifecycleTest.beijing("2025-09-01T09:00"));
        InfringementCase.Change minor = c.decide(LifecycleTest.fine(at, null), true, at, RULES);
        assertNull(minor.after().progress().clock(CaseClockKind.PUBLICATION));
        assertTrue(minor.summaryZh().contains("不予公示"));
        CaseRefused refused = assertThrows(CaseRefused.class, () -> minor.after().publishDecision(UUID.randomUUID(),
                at, false, "officer-1", at, RULES));
        assertTrue(refused.getMessage().contains("未成年人"));

        Decision warning = new Decision(DecisionOutcome.PENALTY, EnumSet.of(PenaltyMeasure.WARNING), null, null,
                "梁市监处罚〔2025〕2号", "情节轻微", null, at, "officer-1");
        assertNull(c.decide(warning, at, RULES).after().progress().clock(CaseClockKind.PUBLICATION));
        Decision referral = new Decision(DecisionOutcome.REFERRAL, EnumSet.noneOf(PenaltyMeasure.class), null, null,
                "梁市监移〔2025〕1号", "涉嫌犯罪", null, at, "officer-1");
        assertNull(c.decide(referral, at, RULES).after().progress().clock(CaseClockKind.PUBLICATION));
    }

    @Test
    @DisplayName("revoked after publication: withdraw within 3 working days; revoked before: no longer owed")
    void revocation() {
        Instant decided = LifecycleTest.beijing("2025-12-01T10:00");
        InfringementCase c = awaitingDecision(LifecycleTest.beijing("2025-11-03T09:00"))
                .decide(LifecycleTest.fine(decided, null), decided, RULES).after();

        Instant revokedAt = LifecycleTest.beijing("2025-12-31T10:00");
        InfringementCase notPublished = c.revokeDecision(RevocationKind.CHANGED, "自行纠正", "梁市监变〔2025〕1号",
                "officer-1", revokedAt, RULES).after();
        assertEquals(revokedAt, notPublished.progress().clock(CaseClockKind.PUBLICATION).stoppedAt());
        assertNull(notPublished.progress().clock(CaseClockKind.PUBLICATION_WITHDRAWAL));
        assertThrows(CaseRefused.class, () -> notPublished.publishDecision(UUID.randomUUID(), revokedAt, false,
                "officer-1", revokedAt, RULES));

        Instant published = LifecycleTest.beijing("2025-12-10T10:00");
        InfringementCase p = c.publishDecision(UUID.randomUUID(), published.plusSeconds(86400L * 1000), false,
                "officer-1", published, RULES).after();
        assertThrows(CaseRefused.class, () -> p.withdrawPublication(UUID.randomUUID(), "x", "officer-1", revokedAt,
                RULES), "nothing to withdraw before a revocation");
        InfringementCase.Change revoked = p.revokeDecision(RevocationKind.REVOKED, "复议撤销", "梁府复决〔2025〕9号",
                "officer-1", revokedAt, RULES);
        DecisionRevoked event = (DecisionRevoked) revoked.events().get(0);
        assertTrue(event.wasPublished());
        // Wednesday 2025-12-31 + 3 working days: 01-01 to 01-03 off (元旦), Sunday 01-04 worked, 01-05, 01-06
        assertEquals(LocalDate.parse("2026-01-06"), event.withdrawalDueDate());
        InfringementCase withdrawn = revoked.after().withdrawPublication(UUID.randomUUID(), "已撤销", "officer-1",
                LifecycleTest.beijing("2026-01-05T09:00"), RULES).after();
        assertEquals(ClockStatus.DONE_ON_TIME, withdrawn.progress().clock(CaseClockKind.PUBLICATION_WITHDRAWAL)
                .read(RULES.calendar(), LifecycleTest.beijing("2026-01-05T09:00")).status());
        assertThrows(CaseRefused.class, () -> revoked.after().revokeDecision(RevocationKind.CHANGED, "再", "x",
                "officer-1", revokedAt, RULES));
    }

    @Test
    @DisplayName("minor or not is the age on the act date, from the birth date in the resident ID number")
    void minority() {
        String born20080307 = "50015520080307001";
        String number = born20080307 + ResidentIdNumber.checkCharacter(born20080307);
        assertTrue(ResidentIdNumber.isMinorOn(number, LocalDate.parse("2026-03-06")));
        assertFalse(ResidentIdNumber.isMinorOn(number, LocalDate.parse("2026-03-07")), "18 on the birthday");
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumber.isMinorOn("500155200803070010",
                LocalDate.parse("2026-01-01")));
        InfringementCase organisation = awaitingDecision(LifecycleTest.beijing("2025-09-01T09:00"));
        Instant at = LifecycleTest.beijing("2025-09-29T10:00");
        assertTrue(organisation.decide(LifecycleTest.fine(at, null), at, RULES).after().progress()
                .clock(CaseClockKind.PUBLICATION) != null, "an organisation is never a minor");
    }
}
