package org.ipcollab.cases.infringement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.ipcollab.cases.thresholds.domain.GoodsLine;
import org.ipcollab.cases.thresholds.domain.InfringingAct;
import org.ipcollab.cases.thresholds.domain.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InfringementCaseTest {
    static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    static Infringer aCompany() {
        return new Infringer("重庆某某商贸有限公司", "91350100M000100Y43");
    }

    static CaseParticulars particulars(List<String> officers) {
        return new CaseParticulars(ClueSource.INSPECTION, InfringingAct.SELLING_GOODS_WITH_COUNTERFEIT_MARK,
                new RightHolder("四川某某酒业股份有限公司", null),
                List.of(GoodsLine.of("假冒白酒", "瓶").withSold(120, Money.ofYuan("79.90"))),
                List.of(new Evidence(EvidenceKind.PHOTO, "现场照片", NOW)), officers);
    }

    static CaseParticulars twoOfficers() {
        return particulars(List.of("officer-1", "officer-2"));
    }

    static InfringementCase.Filing file(Infringer infringer, CaseParticulars particulars) {
        return InfringementCase.file("500155", "500155-amr", "500155-amr-2026-000001", IpKind.TRADEMARK,
                "  假冒梁平柚商标  ", infringer, particulars, EstablishedFacts.onlyActDate(null), "officer-1", NOW,
                LifecycleTest.RULES);
    }

    @Test
    @DisplayName("filing an organisation case makes a FILED case and one CaseFiled (v1) and one CaseFiledV2 that carry its data")
    void filingEmitsCaseFiled() {
        InfringementCase.Filing filing = file(aCompany(), twoOfficers());

        assertEquals(CaseStatus.FILED, filing.filed().status());
        assertEquals("假冒梁平柚商标", filing.filed().title());
        assertEquals(2, filing.events().size());
        CaseFiled event = (CaseFiled) filing.events().get(0);
        assertEquals(filing.filed().id(), event.caseId());
        assertEquals("500155", event.district());
        assertEquals("org.ipcollab.case.filed.v1", event.type());
        assertEquals(NOW, event.filedAt());
        assertEquals("500155-amr-2026-000001", event.caseNumber());
        assertEquals(ClueSource.INSPECTION, event.clueSource());
        assertEquals(new CaseFiled.Party(PartyKind.ORGANISATION, "重庆某某商贸有限公司", "91350100M000100Y43"),
                event.infringer());

        CaseFiledV2 v2 = (CaseFiledV2) filing.events().get(1);
        assertEquals("org.ipcollab.case.filed.v2", v2.type());
        assertEquals(new CaseFiledV2(event.caseId(), event.district(), event.departmentId(), event.ipKind(),
                event.title(), new CaseFiledV2.Organisation(PartyKind.ORGANISATION, "重庆某某商贸有限公司",
                        "91350100M000100Y43"), event.filedAt(), event.filedBy(), event.caseNumber(),
                event.clueSource(), event.act(), event.rightHolder(), null), v2, "the same facts as v1");
    }

    @Test
    @DisplayName("a natural-person case emits only CaseFiledV2, with the masked ID number; case.filed.v1 needs a credit code")
    void personCaseEmitsOnlyV2() {
        InfringementCase.Filing filing = file(Infringer.person("张某某", "11010519491231002X"), twoOfficers());
        assertEquals("110105********002X", filing.filed().infringer().maskedIdNumber());
        assertEquals(1, filing.events().size());
        CaseFiledV2 event = (CaseFiledV2) filing.events().get(0);
        assertEquals(filing.filed().id(), event.caseId());
        assertEquals(new CaseFiledV2.Person(PartyKind.PERSON, "张某某", "110105********002X"), event.infringer());
        assertEquals("500155-amr-2026-000001", event.caseNumber());
        assertTrue(filing.events().stream().noneMatch(CaseFiled.class::isInstance));
    }

    @Test
    @DisplayName("fewer than two distinct handling officers is refused (the same officer twice counts once)")
    void twoOfficers_rule() {
        assertThrows(IllegalArgumentException.class, () -> file(aCompany(), particulars(List.of("officer-1"))));
        assertThrows(IllegalArgumentException.class,
                () -> file(aCompany(), particulars(List.of("officer-1", " officer-1 "))));
    }

    @Test
    @DisplayName("an act that does not infringe the case's IP kind is refused")
    void actMustFitKind() {
        CaseParticulars patentAct = new CaseParticulars(ClueSource.INSPECTION, InfringingAct.COUNTERFEITING_PATENT,
                null, List.of(), List.of(), List.of("a", "b"));
        assertThrows(IllegalArgumentException.class, () -> file(aCompany(), patentAct));
    }

    @Test
    @DisplayName("the goods give the illegal business volume (art 12) with the basis of each line; no goods, no volume")
    void volume() {
        var volume = file(aCompany(), twoOfficers()).filed().illegalBusinessVolume().orElseThrow();
        assertEquals(Money.ofYuan("9588.00"), volume.total());
        assertEquals(org.ipcollab.cases.thresholds.domain.PriceBasis.ACTUAL_SALE_PRICE, volume.lines().get(0).basis());
        CaseParticulars none = new CaseParticulars(ClueSource.CUSTOMS, null, null, null, null, List.of("a", "b"));
        assertTrue(file(aCompany(), none).filed().illegalBusinessVolume().isEmpty());
    }

    @Test
    @DisplayName("a district that is not a 6-digit code is refused")
    void badDistrict() {
        assertThrows(IllegalArgumentException.class, () -> InfringementCase.file("5001", "d", "d-2026-000001",
                IpKind.PATENT, "t", aCompany(), twoOfficers(), EstablishedFacts.onlyActDate(null), "o", Instant.now(),
                LifecycleTest.RULES));
    }

    @Test
    @DisplayName("an infringer with a wrong check character is refused")
    void badCreditCode() {
        assertThrows(IllegalArgumentException.class, () -> new Infringer("x", "91350100M000100Y44"));
    }
}
