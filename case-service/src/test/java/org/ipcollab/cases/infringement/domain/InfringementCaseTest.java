package org.ipcollab.cases.infringement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InfringementCaseTest {
    static Infringer aCompany() {
        return new Infringer("重庆某某商贸有限公司", "91350100M000100Y43");
    }

    @Test
    @DisplayName("filing a case makes a FILED case and exactly one CaseFiled event that carries its data")
    void filingEmitsCaseFiled() {
        Instant now = Instant.parse("2026-11-23T06:00:00Z");
        InfringementCase.Filing filing = InfringementCase.file("500155", "500155-amr", IpKind.TRADEMARK,
                "  假冒梁平柚商标  ", aCompany(), "officer-1", now);

        assertEquals(CaseStatus.FILED, filing.filed().status());
        assertEquals("假冒梁平柚商标", filing.filed().title());
        assertEquals(1, filing.events().size());
        CaseFiled event = (CaseFiled) filing.events().get(0);
        assertEquals(filing.filed().id(), event.caseId());
        assertEquals("500155", event.district());
        assertEquals("org.ipcollab.case.filed.v1", event.type());
        assertEquals(now, event.filedAt());
    }

    @Test
    @DisplayName("a district that is not a 6-digit code is refused")
    void badDistrict() {
        assertThrows(IllegalArgumentException.class, () -> InfringementCase.file("5001", "d", IpKind.PATENT, "t",
                aCompany(), "o", Instant.now()));
    }

    @Test
    @DisplayName("an infringer with a wrong check character is refused")
    void badCreditCode() {
        assertThrows(IllegalArgumentException.class, () -> new Infringer("x", "91350100M000100Y44"));
    }
}
