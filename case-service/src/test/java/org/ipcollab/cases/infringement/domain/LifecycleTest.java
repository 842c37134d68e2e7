package org.ipcollab.cases.infringement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.ipcollab.cases.rules.CalendarFiles;
import org.ipcollab.cases.rules.TimeLimitFiles;
import org.ipcollab.cases.rules.domain.ClockStatus;
import org.ipcollab.cases.rules.domain.ExtensionAuthority;
import org.ipcollab.cases.rules.domain.PauseReason;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;
import org.ipcollab.cases.thresholds.ThresholdRuleFiles;
import org.ipcollab.cases.thresholds.domain.GoodsLine;
import org.ipcollab.cases.thresholds.domain.InfringingAct;
import org.ipcollab.cases.thresholds.domain.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The case lifecycle on the plain domain, with the bundled official calendars, time limits and thresholds. */
class LifecycleTest {
    static final RuleBook RULES = new RuleBook(CalendarFiles.bundled(), TimeLimitFiles.bundled(),
            ThresholdRuleFiles.loadBundled());

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.LEGAL_ZONE).toInstant();
    }

    static InfringementCase filedAt(Instant at, long bottlesSold, String price) {
        CaseParticulars particulars = new CaseParticulars(ClueSource.INSPECTION,
                InfringingAct.SELLING_GOODS_WITH_COUNTERFEIT_MARK, new RightHolder("四川某某酒业股份有限公司", null),
                List.of(GoodsLine.of("假冒白酒", "瓶").withSold(bottlesSold, Money.ofYuan(price))), List.of(),
                List.of("officer-1", "officer-2"));
        return InfringementCase.file("500155", "500155-amr", "500155-amr-2025-000001", IpKind.TRADEMARK, "假冒白酒",
                new Infringer("重庆某某商贸有限公司", "91350100M000100Y43"), particulars, EstablishedFacts.onlyActDate(null),
                "officer-1", at, RULES).filed();
    }

    static InfringementCase smallCase(Instant at) {
        return filedAt(at, 10, "79.90");
    }

    static Decision fine(Instant at, String noReferralReason) {
        return new Decision(DecisionOutcome.PENALTY, EnumSet.of(PenaltyMeasure.FINE, PenaltyMeasure.ORDER_TO_STOP),
                Money.ofYuan("20000"), null, "梁市监处罚〔2025〕1号", "销售假冒注册商标的商品", noReferralReason, at,
                "officer-1");
    }

    static LocalDate due(InfringementCase c, CaseClockKind kind, Instant at) {
        return c.progress().clock(kind).read(RULES.calendar(), at).dueDate();
    }

    @Nested
    @DisplayName("the happy path")
    class HappyPath {
        @Test
        @DisplayName("a clue filed on Friday 2025-09-26 must be decided on by Thursday 2025-10-23 (National Day week and "
                + "the adjusted working Sunday 09-28 and Saturday 10-11 counted)")
        void openingClockAcrossNationalDay() {
            Instant filed = beijing("2025-09-26T10:00");
            InfringementCase c = smallCase(filed);
            assertEquals(CaseStatus.FILED, c.status());
            assertEquals(LocalDate.parse("2025-10-23"), due(c, CaseClockKind.OPEN_DECISION, filed));
        }

        @Test
        @DisplayName("open → finish investigation → decide → close, each stopping and starting the right clocks")
        void walk() {
            Instant filed = beijing("2025-07-01T09:00");
            InfringementCase c = smallCase(filed);
            Instant opened = beijing("2025-07-08T10:00");
            InfringementCase.Change open = c.open("立审〔2025〕1号", "officer-1", opened, RULES);
            c = open.after();
            assertEquals(CaseStatus.INVESTIGATING, c.status());
            assertEquals(ClockStatus.DONE_ON_TIME, c.progress().clock(CaseClockKind.OPEN_DECISION)
                    .read(RULES.calendar(), opened).status());
            // 90th day from 2025-07-08 is holiday Monday 2025-10-06: rolls over to Thursday 2025-10-09
            assertEquals(LocalDate.parse("2025-10-09"), due(c, CaseClockKind.CONCLUDE, opened));
            LifecycleEvent.Opened event = (LifecycleEvent.Opened) open.events().get(0);
            assertEquals(LocalDate.parse("2025-10-09"), event.conclusionDueDate());
            assertEquals(CaseStatus.FILED, event.fromStatus());

            c = c.finishInvestigation("查明销售假冒白酒 10 瓶", false, false, "officer-1", beijing("2025-08-01T10:00"),
                    RULES).after();
            assertEquals(CaseStatus.AWAITING_DECISION, c.status(), "not major, heard or complex: no legal review");
            c = c.decide(fine(beijing("2025-08-05T10:00"), null), beijing("2025-08-05T10:00"), RULES).after();
            assertEquals(CaseStatus.DECIDED, c.status());
            assertTrue(c.progress().decision().isPublishable());
            InfringementCase.Change close = c.close("罚款已缴纳", null, "officer-1", beijing("2025-09-01T10:00"), RULES);
            assertEquals(CaseStatus.CLOSED, close.after().status());
            assertTrue(((LifecycleEvent.Closed) close.events().get(0)).onTime());
            assertNotNull(close.after().progress().closedAt());
        }

        @Test
        @DisplayName("declining to open ends the case and stops the opening clock")
        void decline() {
            InfringementCase c = smallCase(beijing("2025-07-01T09:00"))
                    .declineToOpen("证据不足", "立审〔2025〕2号", "officer-1", beijing("2025-07-02T09:00")).after();
            assertEquals(CaseStatus.NOT_OPENED, c.status());
            assertNotNull(c.progress().clock(CaseClockKind.OPEN_DECISION).stoppedAt());
            assertTrue(c.status().isFinal());
        }
    }

    @Nested
    @DisplayName("legal review (APL art 58)")
    class LegalReview {
        InfringementCase opened() {
            return smallCase(beijing("2025-07-01T09:00")).open("立审", "officer-1", beijing("2025-07-02T09:00"), RULES)
                    .after();
        }

        @Test
        @DisplayName("a major, a complex and a heard case each go to legal review, naming the ground")
        void grounds() {
            Instant at = beijing("2025-07-10T09:00");
            InfringementCase.Change major = opened().finishInvestigation("报告", false, true, "officer-1", at, RULES);
            assertEquals(CaseStatus.LEGAL_REVIEW, major.after().status());
            assertEquals(List.of("MAJOR"),
                    ((LifecycleEvent.InvestigationFinished) major.events().get(0)).legalReviewGrounds());
            assertNotNull(major.after().progress().clock(CaseClockKind.LEGAL_REVIEW));

            assertEquals(CaseStatus.LEGAL_REVIEW,
                    opened().finishInvestigation("报告", true, false, "officer-1", at, RULES).after().status());

            InfringementCase heard = opened()
                    .pauseClock(CaseClockKind.CONCLUDE, PauseReason.HEARING, "听证", "officer-1",
                            beijing("2025-07-05T09:00")).after()
                    .resumeClock(CaseClockKind.CONCLUDE, "officer-1", beijing("2025-07-05T12:00"), RULES).after();
            InfringementCase.Change h = heard.finishInvestigation("报告", false, false, "officer-1", at, RULES);
            assertEquals(List.of("HEARD"), ((LifecycleEvent.InvestigationFinished) h.events().get(0))
                    .legalReviewGrounds());
        }

        @Test
        @DisplayName("a handling officer cannot review their own case; another reviewer can approve or send it back")
        void reviewer() {
            Instant at = beijing("2025-07-10T09:00");
            InfringementCase inReview = opened().finishInvestigation("报告", true, false, "officer-1", at, RULES)
                    .after();
            assertThrows(CaseRefused.class, () -> inReview.completeLegalReview(LegalReviewOpinion.APPROVED, "同意",
                    "officer-2", at));
            assertEquals(CaseStatus.AWAITING_DECISION, inReview.completeLegalReview(LegalReviewOpinion.APPROVED,
                    "同意", "reviewer-9", at).after().status());
            assertEquals(CaseStatus.INVESTIGATING, inReview.completeLegalReview(LegalReviewOpinion.RETURNED,
                    "证据不足", "reviewer-9", at).after().status());
        }
    }

    @Nested
    @DisplayName("no fine in place of a referral (以罚代刑)")
    class PenaltyInsteadOfReferral {
        /** 1,000 bottles sold at ¥79.90 = ¥79,900 ≥ ¥50,000 (art 214, 2004 rule set in force on the act date). */
        InfringementCase awaitingDecision() {
            InfringementCase c = filedAt(beijing("2025-03-03T09:00"), 1000, "79.90");
            assertTrue(c.progress().assessment().referralRequired(), c.progress().assessment().summaryEn());
            return c.open("立审", "officer-1", beijing("2025-03-04T09:00"), RULES).after()
                    .finishInvestigation("报告", false, false, "officer-1", beijing("2025-03-20T09:00"), RULES).after();
        }

        @Test
        @DisplayName("a case that meets a threshold is flagged at filing with the rule cited, and publishes it")
        void flaggedAtFiling() {
            InfringementCase.Filing filing = InfringementCase.file("500155", "500155-amr", "n-1", IpKind.TRADEMARK,
                    "t", new Infringer("重庆某某商贸有限公司", "91350100M000100Y43"),
                    new CaseParticulars(ClueSource.INSPECTION, InfringingAct.SELLING_GOODS_WITH_COUNTERFEIT_MARK, null,
                            List.of(GoodsLine.of("假冒白酒", "瓶").withSold(1000, Money.ofYuan("79.90"))), List.of(),
                            List.of("a", "b")),
                    EstablishedFacts.onlyActDate(LocalDate.parse("2025-03-01")), "a", beijing("2025-03-03T09:00"),
                    RULES);
            ReferralAssessment a = filing.filed().progress().assessment();
            assertEquals(ReferralAssessment.Verdict.MET, a.verdict());
            assertEquals(214, a.article());
            assertTrue(a.citationZh().contains("刑法第214条"), a.citationZh());
            LifecycleEvent.ReferralRequired event = filing.events().stream()
                    .filter(LifecycleEvent.ReferralRequired.class::isInstance)
                    .map(LifecycleEvent.ReferralRequired.class::cast).findFirst().orElseThrow();
            assertEquals(214, event.article());
        }

        @Test
        @DisplayName("the rule set in force on the date of the act applies, not the filing date")
        void ruleSetByActDate() {
            InfringementCase c = filedAt(beijing("2025-06-03T09:00"), 1000, "79.90");
            InfringementCase before = c.establishFacts(EstablishedFacts.onlyActDate(LocalDate.parse("2025-04-25")),
                    "officer-1", beijing("2025-06-04T09:00"), RULES).after();
            InfringementCase after = c.establishFacts(EstablishedFacts.onlyActDate(LocalDate.parse("2025-04-26")),
                    "officer-1", beijing("2025-06-04T09:00"), RULES).after();
            assertEquals("cn-2004", before.progress().assessment().ruleSetId());
            assertEquals("cn-2025", after.progress().assessment().ruleSetId());
        }

        @Test
        @DisplayName("deciding a fine alone is refused; with a recorded reason it is allowed and starts the 10-day copy clock")
        void fineNeedsAReason() {
            InfringementCase c = awaitingDecision();
            Instant at = beijing("2025-03-25T09:00");
            CaseRefused refused = assertThrows(CaseRefused.class, () -> c.decide(fine(at, null), at, RULES));
            assertTrue(refused.getMessage().contains("noReferralReason"));

            InfringementCase.Change decided = c.decide(fine(at, "公安机关书面答复不予立案"), at, RULES);
            assertEquals(CaseStatus.DECIDED, decided.after().status());
            LifecycleEvent.Decided event = (LifecycleEvent.Decided) decided.events().get(0);
            assertTrue(event.referralRequired());
            // 10 calendar days from Tuesday 2025-03-25: Friday 2025-04-04 is the Qingming holiday, so Tuesday 04-07
            assertEquals(LocalDate.parse("2025-04-07"), event.penaltyDecisionCopyDueDate());

            InfringementCase copied = decided.after().copyPenaltyDecision("500155-psb", "500155-procuratorate",
                    "officer-1", beijing("2025-03-28T09:00"), RULES).after();
            assertEquals(ClockStatus.DONE_ON_TIME, copied.progress().clock(CaseClockKind.PENALTY_DECISION_COPY)
                    .read(RULES.calendar(), beijing("2025-03-28T09:00")).status());
            assertThrows(CaseRefused.class, () -> copied.copyPenaltyDecision("500155-psb", "500155-procuratorate",
                    "officer-1", beijing("2025-03-29T09:00"), RULES));
        }

        @Test
        @DisplayName("referring needs no reason, and a reason is refused where no threshold was met")
        void referral() {
            InfringementCase c = awaitingDecision();
            Instant at = beijing("2025-03-25T09:00");
            Decision referral = new Decision(DecisionOutcome.REFERRAL, Set.of(), null, null, "移审〔2025〕1号",
                    "涉嫌销售假冒注册商标的商品罪", null, at, "officer-1");
            InfringementCase referred = c.decide(referral, at, RULES).after();
            assertEquals(CaseStatus.REFERRED, referred.status());
            assertTrue(referred.progress().clock(CaseClockKind.CONCLUDE).isPaused(),
                    "the administrative period stands still while the referral is with police and courts");
            Instant later = beijing("2025-06-03T09:00");
            assertThrows(CaseRefused.class, () -> referred.close("x", null, "officer-1", later, RULES));
            assertThrows(CaseRefused.class, () -> referred.close("x", "CRIMINAL_CASE_OPENED", "officer-1", later, RULES));
            assertThrows(CaseRefused.class, () -> referred.returnFromReferral("PROSECUTED", "x", "officer-1", later,
                    RULES));
            assertEquals(CaseStatus.CLOSED, referred.close("判决已生效", "JUDGED", "officer-1", later, RULES).after()
                    .status());
            InfringementCase back = referred.returnFromReferral("REFUSAL_CONFIRMED", "检察院认为不立案理由成立",
                    "officer-1", later, RULES).after();
            assertEquals(CaseStatus.AWAITING_DECISION, back.status());
            assertFalse(back.progress().clock(CaseClockKind.CONCLUDE).isPaused());
            // the agency now imposes its own penalty, recording why the threshold case is not referred again
            assertEquals(CaseStatus.DECIDED, back.decide(fine(later, "公安机关不予立案，检察院认为理由成立"), later,
                    RULES).after().status());

            InfringementCase small = smallCase(beijing("2025-03-03T09:00"))
                    .open("立审", "officer-1", beijing("2025-03-04T09:00"), RULES).after()
                    .finishInvestigation("报告", false, false, "officer-1", beijing("2025-03-20T09:00"), RULES).after();
            assertThrows(CaseRefused.class, () -> small.decide(fine(at, "无关理由"), at, RULES));
            assertThrows(CaseRefused.class, () -> small.copyPenaltyDecision("500155-psb", "500155-procuratorate",
                    "officer-1", at, RULES));
        }
    }

    @Nested
    @DisplayName("suspension, pauses and extensions of the conclusion clock")
    class Conclusion {
        @Test
        @DisplayName("a case opened 2025-11-20 is due 2026-02-24 (90th day in the Spring Festival); a 10-day suspension "
                + "moves it to Saturday 2026-02-28, a worked Saturday")
        void suspension() {
            Instant opened = beijing("2025-11-20T09:00");
            InfringementCase c = smallCase(beijing("2025-11-19T09:00")).open("立审", "officer-1", opened, RULES).after();
            assertEquals(LocalDate.parse("2026-02-24"), due(c, CaseClockKind.CONCLUDE, opened));
            InfringementCase suspended = c.suspend("等待权利人鉴定", "officer-1", beijing("2025-12-01T09:00")).after();
            assertEquals(CaseStatus.SUSPENDED, suspended.status());
            assertEquals(CaseStatus.INVESTIGATING, suspended.progress().suspendedFrom());
            assertThrows(CaseRefused.class, () -> suspended.finishInvestigation("x", false, false, "officer-1",
                    beijing("2025-12-02T09:00"), RULES));
            InfringementCase resumed = suspended.resume("鉴定意见已出具", "officer-1", beijing("2025-12-10T15:00"), RULES)
                    .after();
            assertEquals(CaseStatus.INVESTIGATING, resumed.status());
            // 12-01 .. 12-10 touched: 10 dates do not count; the 90th counted day is then Saturday 2026-02-28, an
            // adjusted working day for the Spring Festival (调休), so it does not roll over
            assertEquals(LocalDate.parse("2026-02-28"), due(resumed, CaseClockKind.CONCLUDE,
                    beijing("2025-12-10T15:00")));
        }

        @Test
        @DisplayName("a suspension cannot be lifted as a clock pause, nor a pause started as a suspension")
        void suspensionIsATransition() {
            InfringementCase c = smallCase(beijing("2025-07-01T09:00")).open("立审", "officer-1",
                    beijing("2025-07-02T09:00"), RULES).after();
            assertThrows(CaseRefused.class, () -> c.pauseClock(CaseClockKind.CONCLUDE, PauseReason.SUSPENSION, "x",
                    "officer-1", beijing("2025-07-03T09:00")));
            InfringementCase s = c.suspend("x", "officer-1", beijing("2025-07-03T09:00")).after();
            assertThrows(CaseRefused.class, () -> s.resumeClock(CaseClockKind.CONCLUDE, "officer-1",
                    beijing("2025-07-04T09:00"), RULES));
        }

        @Test
        @DisplayName("the opening clock can be paused for testing but not for a hearing; +15 working days by approval, once")
        void openingClock() {
            InfringementCase c = smallCase(beijing("2025-09-26T10:00"));
            assertThrows(CaseRefused.class, () -> c.pauseClock(CaseClockKind.OPEN_DECISION, PauseReason.HEARING, "x",
                    "officer-1", beijing("2025-09-29T10:00")));
            InfringementCase extended = c.extendClock(CaseClockKind.OPEN_DECISION, ExtensionAuthority.APPROVAL, null,
                    "延审〔2025〕1号", "officer-1", beijing("2025-10-20T10:00"), RULES).after();
            assertEquals(LocalDate.parse("2025-11-13"), due(extended, CaseClockKind.OPEN_DECISION,
                    beijing("2025-10-20T10:00")));
            assertThrows(CaseRefused.class, () -> extended.extendClock(CaseClockKind.OPEN_DECISION,
                    ExtensionAuthority.APPROVAL, null, "延审〔2025〕2号", "officer-1", beijing("2025-10-21T10:00"), RULES));
        }

        @Test
        @DisplayName("an overdue clock reports itself; one not yet due, or stopped, does not")
        void overdue() {
            InfringementCase c = smallCase(beijing("2025-09-26T10:00"));
            assertTrue(c.overdue(CaseClockKind.OPEN_DECISION, beijing("2025-10-23T23:59"), RULES).isEmpty());
            InfringementCase.Change overdue = c.overdue(CaseClockKind.OPEN_DECISION, beijing("2025-10-24T00:00"), RULES)
                    .orElseThrow();
            LifecycleEvent.ClockOverdue event = (LifecycleEvent.ClockOverdue) overdue.events().get(0);
            assertEquals(LocalDate.parse("2025-10-23"), event.dueDate());
            assertEquals("case.open-decision", event.ruleId());
            InfringementCase opened = c.open("立审", "officer-1", beijing("2025-10-20T10:00"), RULES).after();
            assertTrue(opened.overdue(CaseClockKind.OPEN_DECISION, beijing("2025-12-01T00:00"), RULES).isEmpty());
            assertFalse(opened.overdue(CaseClockKind.CONCLUDE, beijing("2026-02-01T00:00"), RULES).isPresent()
                    && Duration.ZERO.isNegative());
        }
    }

    @Test
    @DisplayName("every transition is refused from every status it does not list")
    void wrongStatusRefused() {
        Map<CaseTransition, Function<InfringementCase, Object>> commands = new java.util.EnumMap<>(CaseTransition.class);
        commands.put(CaseTransition.OPEN, c -> c.open("r", "o", Instant.now(), RULES));
        commands.put(CaseTransition.DECLINE_TO_OPEN, c -> c.declineToOpen("r", "r", "o", Instant.now()));
        commands.put(CaseTransition.FINISH_INVESTIGATION, c -> c.finishInvestigation("r", false, false, "o", Instant.now(), RULES));
        commands.put(CaseTransition.COMPLETE_LEGAL_REVIEW, c -> c.completeLegalReview(LegalReviewOpinion.APPROVED, "r", "x", Instant.now()));
        commands.put(CaseTransition.DECIDE, c -> c.decide(fine(Instant.now(), null), Instant.now(), RULES));
        commands.put(CaseTransition.SUSPEND, c -> c.suspend("r", "o", Instant.now()));
        commands.put(CaseTransition.RESUME, c -> c.resume("r", "o", Instant.now(), RULES));
        commands.put(CaseTransition.COPY_PENALTY_DECISION, c -> c.copyPenaltyDecision("500155-psb", "500155-p", "o", Instant.now(), RULES));
        commands.put(CaseTransition.RETURN_FROM_REFERRAL, c -> c.returnFromReferral("REFUSAL_CONFIRMED", "r", "o", Instant.now(), RULES));
        commands.put(CaseTransition.CLOSE, c -> c.close("r", null, "o", Instant.now(), RULES));
        InfringementCase filed = smallCase(Instant.now().minusSeconds(3600));
        InfringementCase closed = filed.declineToOpen("r", "r", "o", Instant.now().minusSeconds(60)).after();
        for (InfringementCase c : List.of(filed, closed)) {
            for (CaseTransition t : CaseTransition.values()) {
                if (!t.allowedFrom(c.status())) {
                    assertThrows(CaseRefused.class, () -> commands.get(t).apply(c), t + " from " + c.status());
                }
            }
        }
        assertEquals(CaseTransition.values().length, commands.size());
    }
}
