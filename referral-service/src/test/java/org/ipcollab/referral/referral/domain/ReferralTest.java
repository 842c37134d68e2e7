package org.ipcollab.referral.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ipcollab.referral.rules.CalendarFiles;
import org.ipcollab.referral.rules.TimeLimitFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReferralTest {
    static final RuleBook BOOK = new RuleBook(CalendarFiles.bundled().provisional(), TimeLimitFiles.bundled());
    static final Actor OFFICER = new Actor("amr-officer-01", "regulator", "500155-amr", "500155");
    static final Actor HEAD = new Actor("amr-head-01", "regulator", "500155-amr", "500155");
    static final Actor POLICE = new Actor("psb-01", "police", "500155-psb", "500155");
    static final Instant T0 = OffsetDateTime.parse("2026-03-02T10:00:00+08:00").toInstant();
    static final Set<DocumentKind> ALL = EnumSet.allOf(DocumentKind.class);

    static Referral aReferral(Integer article, Boolean appraisal) {
        return Referral.submit(UUID.randomUUID(), UUID.randomUUID(), "500155", "500155-amr", OFFICER,
                "500155-procuratorate", "销售假冒注册商标的商品", article, List.of("amr-officer-01", "amr-officer-02"),
                appraisal, T0, BOOK).referral();
    }

    static Referral refused() {
        Referral r = aReferral(214, null);
        r.approve(HEAD, T0.plusSeconds(60), BOOK);
        r.send(HEAD, "500155-psb", ALL, T0.plusSeconds(120));
        r.receive(POLICE, T0.plusSeconds(180), BOOK);
        r.refuse(POLICE, "证据不足", T0.plusSeconds(240), BOOK);
        return r;
    }

    @Test
    @DisplayName("a reporting officer cannot approve his own referral: the head decides")
    void headIsNotAnOfficer() {
        Referral r = aReferral(214, null);
        StepRefused e = assertThrows(StepRefused.class, () -> r.approve(OFFICER, T0, BOOK));
        assertTrue(e.forbidden());
        assertEquals(ReferralStatus.AWAITING_APPROVAL, r.status());
    }

    @Test
    @DisplayName("the appraisal report is required for counterfeit-mark crimes (arts 213–215) unless the referral says otherwise")
    void appraisalDefault() {
        assertTrue(aReferral(213, null).requiredDocuments().contains(DocumentKind.APPRAISAL_REPORT));
        assertTrue(!aReferral(217, null).requiredDocuments().contains(DocumentKind.APPRAISAL_REPORT));
        assertTrue(aReferral(217, true).requiredDocuments().contains(DocumentKind.APPRAISAL_REPORT));
        assertEquals(EnumSet.of(DocumentKind.REFERRAL_LETTER, DocumentKind.INVESTIGATION_REPORT,
                DocumentKind.GOODS_LIST), aReferral(219, false).requiredDocuments());
    }

    @Test
    @DisplayName("an approved referral missing its goods list cannot be sent (art 6)")
    void missingDocumentBlocksSending() {
        Referral r = aReferral(214, null);
        r.approve(HEAD, T0, BOOK);
        StepRefused e = assertThrows(StepRefused.class, () -> r.send(HEAD, "500155-psb",
                EnumSet.of(DocumentKind.REFERRAL_LETTER, DocumentKind.INVESTIGATION_REPORT,
                        DocumentKind.APPRAISAL_REPORT), T0.plusSeconds(60)));
        assertTrue(!e.forbidden());
        assertTrue(e.getMessage().contains("GOODS_LIST"));
        assertEquals(ReferralStatus.APPROVED, r.status());
    }

    @Test
    @DisplayName("the right to ask for reconsideration lapses after 3 days; a late request is refused and the window was never reported")
    void reconsiderationWindowLapses() {
        Referral r = refused();
        Instant late = T0.plus(Duration.ofDays(5));
        StepRefused e = assertThrows(StepRefused.class, () -> r.requestReconsideration(HEAD, "理由", late, BOOK));
        assertTrue(!e.forbidden());
        assertEquals(ReferralStatus.REFUSED, r.status());
        assertTrue(r.overdue(ReferralClockKind.RECONSIDERATION_REQUEST, late, BOOK).isEmpty());
    }

    @Test
    @DisplayName("police who miss the 3-day decision make the referral overdue, escalated to the procuratorate")
    void policeDecisionOverdue() {
        Referral r = aReferral(214, null);
        r.approve(HEAD, T0, BOOK);
        r.send(HEAD, "500155-psb", ALL, T0.plusSeconds(60));
        r.receive(POLICE, T0.plusSeconds(120), BOOK);
        assertTrue(r.overdue(ReferralClockKind.POLICE_DECISION, T0.plus(Duration.ofDays(3)), BOOK).isEmpty());
        Fact f = r.overdue(ReferralClockKind.POLICE_DECISION, T0.plus(Duration.ofDays(4)), BOOK).orElseThrow();
        assertEquals("clock-overdue", f.name());
        assertEquals("500155-procuratorate", f.details().get("escalatedToDepartmentId"));
        assertEquals("500155-psb", f.details().get("responsibleDepartmentId"));
        assertEquals("2026-03-05", f.details().get("dueDate"));
    }

    @Test
    @DisplayName("forwarding records the 24-hour forward clock from the receipt and hands the referral to the competent police")
    void forward() {
        Referral r = aReferral(214, null);
        r.approve(HEAD, T0, BOOK);
        r.send(HEAD, "500155-psb", ALL, T0.plusSeconds(60));
        r.receive(POLICE, T0.plusSeconds(120), BOOK);
        r.forward(POLICE, "500155-psb-econ", "经侦管辖", T0.plus(Duration.ofHours(30)), BOOK);
        assertEquals("500155-psb-econ", r.policeDepartment());
        assertEquals(ReferralStatus.FORWARDED, r.status());
        assertEquals("DONE_LATE", r.clocks().get(ReferralClockKind.POLICE_FORWARD)
                .status(BOOK.calendar(), T0.plus(Duration.ofHours(31))).name());
        assertThrows(StepRefused.class, () -> r.receive(POLICE, T0.plus(Duration.ofHours(31)), BOOK));
    }
}
