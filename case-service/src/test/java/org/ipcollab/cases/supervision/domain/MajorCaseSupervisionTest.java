package org.ipcollab.cases.supervision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ipcollab.cases.infringement.domain.CaseMarkedMajor;
import org.ipcollab.cases.infringement.domain.ConsultationRecorded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MajorCaseSupervisionTest {
    static final UUID CASE = UUID.fromString("97ce77b4-3764-4f7e-afdc-47decc0383bf");
    static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    static MajorCaseSupervision.Marking aMarking(List<String> supervisors, String lead) {
        return MajorCaseSupervision.mark(CASE, "500155", "500155-amr", "500155-amr-2026-000123",
                "涉案金额巨大，涉及跨区域销售网络", supervisors, lead, "regulator@500155-amr", NOW);
    }

    static MajorCaseSupervision aMajorCase() {
        return aMarking(List.of("500155-psb", "500155-proc", "511703-amr"), "500155-psb").supervision();
    }

    static List<Consultation.Participant> twoDepartments() {
        return List.of(new Consultation.Participant("500155-amr", "李某", "科长"),
                new Consultation.Participant("500155-psb", "王某", "副大队长"));
    }

    @Test
    @DisplayName("marking a case major returns the supervision and its case.marked-major event")
    void markReturnsEvent() {
        MajorCaseSupervision.Marking m = aMarking(List.of("500155-psb", "511703-amr"), "500155-psb");
        CaseMarkedMajor e = m.event();
        assertEquals(CaseMarkedMajor.TYPE, e.type());
        assertEquals(CASE, e.caseId());
        assertEquals("500155-amr", e.departmentId());
        assertEquals(List.of("500155-psb", "511703-amr"), e.supervisingDepartments());
        assertEquals("500155-psb", e.leadDepartment());
        assertEquals(SupervisionRole.LEAD, m.supervision().roleOf("500155-psb"));
        assertEquals(SupervisionRole.JOINT, m.supervision().roleOf("511703-amr"));
    }

    @Test
    @DisplayName("the case's own department cannot supervise its own case")
    void ownDepartmentRefused() {
        InvalidSupervision e = assertThrows(InvalidSupervision.class,
                () -> aMarking(List.of("500155-psb", "500155-amr"), null));
        assertEquals("supervisingDepartments", e.field());
    }

    @Test
    @DisplayName("duplicates, a lead outside the list, a bad id and more than ten departments are refused")
    void invalidDepartmentLists() {
        assertEquals("supervisingDepartments", assertThrows(InvalidSupervision.class,
                () -> aMarking(List.of("500155-psb", "500155-psb"), null)).field());
        assertEquals("leadDepartment", assertThrows(InvalidSupervision.class,
                () -> aMarking(List.of("500155-psb"), "500155-proc")).field());
        assertEquals("supervisingDepartments", assertThrows(InvalidSupervision.class,
                () -> aMarking(List.of("psb"), null)).field());
        List<String> eleven = java.util.stream.IntStream.range(0, 11).mapToObj(i -> "5001" + (10 + i) + "-psb").toList();
        assertEquals("supervisingDepartments", assertThrows(InvalidSupervision.class,
                () -> aMarking(eleven, null)).field());
        assertEquals("supervisingDepartments", assertThrows(InvalidSupervision.class,
                () -> aMarking(List.of(), null)).field());
    }

    @Test
    @DisplayName("no lead department is allowed: every supervisor is then a joint one")
    void noLead() {
        MajorCaseSupervision s = aMarking(List.of("500155-psb"), null).supervision();
        assertNull(s.leadDepartment());
        assertEquals(SupervisionRole.JOINT, s.roleOf("500155-psb"));
    }

    @Test
    @DisplayName("the case's district and the supervising departments (of any district) read it; others do not")
    void readers() {
        MajorCaseSupervision s = aMajorCase();
        assertTrue(s.readableBy("500155", "500155-court"));
        assertTrue(s.readableBy("511703", "511703-amr"));
        assertFalse(s.readableBy("511703", "511703-psb"));
    }

    @Test
    @DisplayName("a regulator of the case's department or anyone of a supervising department records consultations")
    void consultationRecorders() {
        MajorCaseSupervision s = aMajorCase();
        assertTrue(s.consultationRecordableBy("500155-amr", true));
        assertFalse(s.consultationRecordableBy("500155-amr", false));
        assertTrue(s.consultationRecordableBy("500155-proc", false));
        assertFalse(s.consultationRecordableBy("500155-court", false));
    }

    @Test
    @DisplayName("a consultation held now with two departments is recorded with its event")
    void recordsConsultation() {
        UUID id = UUID.randomUUID();
        MajorCaseSupervision.Recording r = aMajorCase().recordConsultation(id, NOW, "研究案件是否达到移送标准",
                twoDepartments(), "达到入罪标准，移送公安机关",
                List.of(new Consultation.FollowUp("制作移送书", "500155-amr", LocalDate.parse("2026-11-23"))),
                "police@500155-psb", "500155-psb", NOW);
        ConsultationRecorded e = r.event();
        assertEquals(ConsultationRecorded.TYPE, e.type());
        assertEquals(id, e.consultationId());
        assertEquals("500155", e.district());
        assertEquals(2, e.participants().size());
        assertEquals(List.of("500155-amr", "500155-psb"), r.consultation().departments());
    }

    @Test
    @DisplayName("a consultation in the future, of one department, or with a follow-up due before it is refused")
    void invalidConsultations() {
        MajorCaseSupervision s = aMajorCase();
        assertEquals("heldAt", assertThrows(InvalidSupervision.class, () -> s.recordConsultation(UUID.randomUUID(),
                NOW.plusSeconds(1), "议题", twoDepartments(), "结论", List.of(), "a", "500155-psb", NOW)).field());
        List<Consultation.Participant> oneDepartment = List.of(
                new Consultation.Participant("500155-psb", "王某", "科长"),
                new Consultation.Participant("500155-psb", "赵某", "科员"));
        assertEquals("participants", assertThrows(InvalidSupervision.class, () -> s.recordConsultation(
                UUID.randomUUID(), NOW, "议题", oneDepartment, "结论", List.of(), "a", "500155-psb", NOW)).field());
        // 2026-11-23T06:00Z is 14:00 on 23 November in Beijing: a follow-up due on the 22nd is before it
        List<Consultation.FollowUp> early = List.of(
                new Consultation.FollowUp("补充证据", "500155-amr", LocalDate.parse("2026-11-22")));
        assertEquals("followUps", assertThrows(InvalidSupervision.class, () -> s.recordConsultation(
                UUID.randomUUID(), NOW, "议题", twoDepartments(), "结论", early, "a", "500155-psb", NOW)).field());
        assertEquals("conclusions", assertThrows(InvalidSupervision.class, () -> s.recordConsultation(
                UUID.randomUUID(), NOW, "议题", twoDepartments(), " ", List.of(), "a", "500155-psb", NOW)).field());
    }

    @Test
    @DisplayName("a department id is <6-digit district>-<code>")
    void departmentIds() {
        assertTrue(DepartmentId.isValid("500155-psb"));
        assertTrue(DepartmentId.isValid("511703-culture-bureau"));
        assertFalse(DepartmentId.isValid("50015-psb"));
        assertFalse(DepartmentId.isValid("500155-PSB"));
        assertFalse(DepartmentId.isValid("500155-"));
        assertEquals("511703", DepartmentId.districtOf("511703-amr"));
    }
}
