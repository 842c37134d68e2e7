package org.ipcollab.cases.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.ipcollab.cases.rules.domain.Counting;
import org.ipcollab.cases.rules.domain.ExtensionAuthority;
import org.ipcollab.cases.rules.domain.ExtensionRule;
import org.ipcollab.cases.rules.domain.PauseReason;
import org.ipcollab.cases.rules.domain.PeriodUnit;
import org.ipcollab.cases.rules.domain.TimeLimitRule;
import org.ipcollab.cases.rules.domain.TimeLimitRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimeLimitFilesTest {
    private static final LocalDate TODAY = LocalDate.parse("2025-10-01");
    private static final String ORDER_310 = "《行政执法机关移送涉嫌犯罪案件的规定》, State Council Order 310, rev. 2020";

    private final TimeLimitRules rules = TimeLimitFiles.bundled();

    @Test
    @DisplayName("the rule book holds every time limit of DOMAIN.md §3.1, §3.3 and §3.4")
    void everyRuleIsThere() {
        assertEquals(Set.of(
                "referral.head-decision", "referral.transfer-to-police", "referral.penalty-decision-copy",
                "referral.police-forward", "referral.police-decision", "referral.reconsideration-request",
                "referral.reconsideration-answer", "referral.supervision-request", "referral.police-explanation",
                "referral.police-open-on-notice", "referral.handover", "referral.reverse-answer",
                "referral.reverse-review",
                "case.open-decision", "case.conclude", "case.legal-review", "case.hearing-request",
                "case.hearing-notice", "case.publication", "case.publication-withdrawal",
                "case.publication-display-small-fine", "case.publication-display", "case.complaint-acceptance",
                "case.reporter-notice",
                "mediation.confirmation-application", "mediation.confirmation-acceptance",
                "mediation.confirmation-decision", "mediation.pre-filing", "mediation.entrusted-ordinary",
                "mediation.entrusted-simplified", "mediation.appoint-mediator"), rules.ids());
    }

    @Test
    @DisplayName("deciding whether to open a case: 15 working days, +15 once with approval, testing time excluded "
            + "(SAMR rules art 18)")
    void openDecision() {
        TimeLimitRule rule = rules.inForce("case.open-decision", TODAY);
        assertEquals(15, rule.amount());
        assertEquals(PeriodUnit.WORKING_DAYS, rule.unit());
        assertEquals(Counting.FROM_NEXT_DAY, rule.counting());
        assertEquals(Set.of(PauseReason.TESTING), rule.pausesExcluded());
        assertEquals(List.of(new ExtensionRule(ExtensionAuthority.APPROVAL, 15, PeriodUnit.WORKING_DAYS, 1)),
                rule.extensions());
        assertEquals("SAMR rules art 18", rule.citation());
    }

    @Test
    @DisplayName("concluding a case: 90 days, +30 with approval, then collective decision; suspension, hearing, notice "
            + "and testing excluded")
    void conclude() {
        TimeLimitRule rule = rules.inForce("case.conclude", TODAY);
        assertEquals(90, rule.amount());
        assertEquals(PeriodUnit.CALENDAR_DAYS, rule.unit());
        assertTrue(rule.finalDayRollsOver());
        assertEquals(Set.of(PauseReason.SUSPENSION, PauseReason.HEARING, PauseReason.NOTICE, PauseReason.TESTING),
                rule.pausesExcluded());
        assertEquals(List.of(new ExtensionRule(ExtensionAuthority.APPROVAL, 30, PeriodUnit.CALENDAR_DAYS, 1),
                new ExtensionRule(ExtensionAuthority.COLLECTIVE_DECISION, null, PeriodUnit.CALENDAR_DAYS, null)),
                rule.extensions());
        assertEquals("APL art 60; SAMR rules", rule.citation());
    }

    @Test
    @DisplayName("police decide within 3 days of accepting a referral, counted from the next day (Order 310 art 8)")
    void policeDecision() {
        TimeLimitRule rule = rules.inForce("referral.police-decision", TODAY);
        assertEquals(3, rule.amount());
        assertEquals(PeriodUnit.CALENDAR_DAYS, rule.unit());
        assertEquals(ORDER_310 + " art 8", rule.citation());
        assertEquals(LocalDate.parse("2020-08-07"), rule.effectiveFrom());
        assertTrue(rule.extensions().isEmpty());
    }

    @Test
    @DisplayName("each rule cites its source as DOMAIN.md does")
    void citations() {
        assertEquals(ORDER_310 + " art 5", rules.inForce("referral.transfer-to-police", TODAY).citation());
        assertEquals("高检会〔2006〕2号 item 1", rules.inForce("referral.penalty-decision-copy", TODAY).citation());
        assertEquals("SPP 2001 rules item 10", rules.inForce("referral.police-open-on-notice", TODAY).citation());
        assertEquals("SPP 2021", rules.inForce("referral.reverse-answer", TODAY).citation());
        assertEquals("SPP 2024 guideline art 12", rules.inForce("referral.reverse-review", TODAY).citation());
        assertEquals("SAMR Order 45, 2021 art 9", rules.inForce("case.publication", TODAY).citation());
        assertEquals("SAMR Order 45, 2021 art 11", rules.inForce("case.publication-withdrawal", TODAY).citation());
        assertEquals("People's Mediation Law art 33; Civil Procedure Law 2023 art 205",
                rules.inForce("mediation.confirmation-application", TODAY).citation());
        assertEquals("SPC 特邀调解规定 2016 art 27", rules.inForce("mediation.pre-filing", TODAY).citation());
    }

    @Test
    @DisplayName("hour rules count from the instant and never roll over; the judicial confirmation decision may be "
            + "extended by 10 days")
    void shapes() {
        TimeLimitRule transfer = rules.inForce("referral.transfer-to-police", TODAY);
        assertEquals(PeriodUnit.HOURS, transfer.unit());
        assertEquals(24, transfer.amount());
        assertFalse(transfer.finalDayRollsOver());
        assertEquals(List.of(new ExtensionRule(ExtensionAuthority.APPROVAL, 10, PeriodUnit.CALENDAR_DAYS, 1)),
                rules.inForce("mediation.confirmation-decision", TODAY).extensions());
        assertEquals(Counting.BEFORE_EVENT, rules.inForce("case.hearing-notice", TODAY).counting());
        assertEquals(PeriodUnit.MONTHS, rules.inForce("referral.reverse-answer", TODAY).unit());
    }

    @Test
    @DisplayName("rules DOMAIN.md states without a source, or only approximately, are marked unconfirmed with a note")
    void unconfirmedRules() {
        for (String id : List.of("case.legal-review", "case.complaint-acceptance", "case.reporter-notice")) {
            TimeLimitRule rule = rules.inForce(id, TODAY);
            assertFalse(rule.confirmed(), id);
            assertTrue(rule.note() != null && !rule.note().isBlank(), id);
        }
        assertTrue(rules.all().stream().filter(TimeLimitRule::confirmed).allMatch(r -> !r.sources().isEmpty()));
    }

    @Test
    @DisplayName("a rule is looked up by the date of its triggering event; before its recorded version there is none")
    void lookupByDate() {
        assertEquals(90, rules.inForce("case.conclude", LocalDate.parse("2021-07-15")).amount());
        assertThrows(NoSuchElementException.class, () -> rules.inForce("case.conclude", LocalDate.parse("2021-07-14")));
        assertThrows(NoSuchElementException.class, () -> rules.inForce("case.no-such-rule", TODAY));
        assertNull(rules.inForce("case.open-decision", TODAY).effectiveTo());
    }

    @Test
    @DisplayName("a rule with an unknown unit is refused with the file, rule and field named")
    void badUnitRefused() {
        String json = """
                {"rules": [{"id": "case.x", "label_zh": "x", "label_en": "x", "amount": 3, "unit": "WEEKS",
                  "counting": "FROM_NEXT_DAY", "trigger": "t", "finalDayRollsOver": false, "pausesExcluded": [],
                  "extensions": [], "sources": [], "confirmed": false}]}
                """;
        RuleFileException e = assertThrows(RuleFileException.class, () -> TimeLimitFiles.read("limits.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("limits.json") && e.getMessage().contains("case.x")
                && e.getMessage().contains("unit"), e.getMessage());
    }

    @Test
    @DisplayName("two versions of one rule in force on the same day are refused")
    void overlappingVersionsRefused() {
        String rule = """
                {"id": "case.x", "label_zh": "x", "label_en": "x", "amount": 3, "unit": "CALENDAR_DAYS",
                 "counting": "FROM_NEXT_DAY", "trigger": "t", "finalDayRollsOver": true, "pausesExcluded": [],
                 "extensions": [], "sources": [{"law": "l"}], "confirmed": true, "effectiveFrom": "%s"}
                """;
        String json = "{\"rules\": [" + rule.formatted("2020-01-01") + "," + rule.formatted("2021-01-01") + "]}";
        assertThrows(RuleFileException.class, () -> TimeLimitFiles.read("limits.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }
}
