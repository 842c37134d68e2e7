package org.ipcollab.notification.inbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotificationTextTest {
    static CaseFiled aTrademarkCase(Instant filedAt) {
        return new CaseFiled(UUID.randomUUID(), "500155", "500155-amr", IpKind.TRADEMARK, "销售假冒“梁平柚”商标柚子案",
                CaseFiled.Infringer.organisation("重庆市梁平区某某果品商贸有限公司", "91500155MA60Y4K284"), filedAt);
    }

    @Test
    @DisplayName("a filed case reads in Chinese and English, with the filing time in Beijing time")
    void caseFiledInBothLanguages() {
        NotificationText text = NotificationText.of(aTrademarkCase(Instant.parse("2026-11-23T06:00:00Z")));

        assertEquals("新案件登记：销售假冒“梁平柚”商标柚子案", text.titleZh());
        assertEquals("New case filed: 销售假冒“梁平柚”商标柚子案", text.titleEn());
        assertEquals("500155-amr 于 2026-11-23 14:00 登记商标侵权案件，侵权主体：重庆市梁平区某某果品商贸有限公司（91500155MA60Y4K284）",
                text.summaryZh());
        assertEquals("500155-amr filed a trademark infringement case on 2026-11-23 14:00 (Beijing time); "
                + "suspected infringer: 重庆市梁平区某某果品商贸有限公司 (91500155MA60Y4K284)", text.summaryEn());
    }

    @Test
    @DisplayName("a case against a natural person names them with the masked ID number only, in Chinese and English")
    void personWithMaskedIdNumber() {
        CaseFiled filed = new CaseFiled(UUID.randomUUID(), "500155", "500155-amr", IpKind.TRADEMARK,
                "个人摊贩销售假冒注册商标白酒案", CaseFiled.Infringer.person("张某某", "500155********409X"),
                Instant.parse("2026-11-26T03:40:00Z"));

        NotificationText text = NotificationText.of(filed);

        assertEquals("新案件登记：个人摊贩销售假冒注册商标白酒案", text.titleZh());
        assertEquals("500155-amr 于 2026-11-26 11:40 登记商标侵权案件，侵权主体：张某某（自然人，身份证号 500155********409X）",
                text.summaryZh());
        assertEquals("500155-amr filed a trademark infringement case on 2026-11-26 11:40 (Beijing time); "
                + "suspected infringer: 张某某 (natural person, ID number 500155********409X)", text.summaryEn());
    }

    @Test
    @DisplayName("a full or malformed ID number, a person with a credit code, or an organisation without one is refused")
    void infringerShapes() {
        assertThrows(IllegalArgumentException.class, () -> CaseFiled.Infringer.person("张某某", "50015519900307409X"));
        assertThrows(IllegalArgumentException.class, () -> CaseFiled.Infringer.person("张某某", "500155****409X"));
        assertThrows(IllegalArgumentException.class, () -> CaseFiled.Infringer.person("张某某", null));
        assertThrows(IllegalArgumentException.class, () -> new CaseFiled.Infringer(CaseFiled.PartyKind.PERSON, "张某某",
                "91500155MA60Y4K284", "500155********409X"));
        assertThrows(IllegalArgumentException.class, () -> CaseFiled.Infringer.organisation("某某公司", null));
        assertThrows(IllegalArgumentException.class, () -> new CaseFiled.Infringer(CaseFiled.PartyKind.ORGANISATION,
                "某某公司", "91500155MA60Y4K284", "500155********409X"));
    }

    @Test
    @DisplayName("a case filed late in the UTC evening is dated the next day in Beijing")
    void dateIsBeijingDate() {
        NotificationText text = NotificationText.of(aTrademarkCase(Instant.parse("2026-12-31T16:30:00Z")));
        assertEquals(true, text.summaryZh().contains(" 于 2027-01-01 00:30 登记"), text.summaryZh());
    }

    @Test
    @DisplayName("every kind of IP has its Chinese and English label in the summary")
    void everyIpKindIsLabelled() {
        String[][] expected = {{"PATENT", "专利", "patent"}, {"TRADEMARK", "商标", "trademark"},
                {"COPYRIGHT", "著作权（版权）", "copyright"}, {"GEOGRAPHICAL_INDICATION", "地理标志", "geographical indication"},
                {"PLANT_VARIETY", "植物新品种", "plant variety"}, {"TRADE_SECRET", "商业秘密", "trade secret"}};
        assertEquals(IpKind.values().length, expected.length);
        for (String[] row : expected) {
            IpKind kind = IpKind.fromCode(row[0]).orElseThrow();
            CaseFiled filed = new CaseFiled(UUID.randomUUID(), "500155", "500155-amr", kind, "t",
                    CaseFiled.Infringer.organisation("n", "91500155MA60Y4K284"), Instant.parse("2026-11-23T06:00:00Z"));
            NotificationText text = NotificationText.of(filed);
            assertEquals(true, text.summaryZh().contains("登记" + row[1] + "侵权案件"), text.summaryZh());
            assertEquals(true, text.summaryEn().contains("filed a " + row[2] + " infringement case"), text.summaryEn());
        }
    }

    @Test
    @DisplayName("an unknown kind of IP is not guessed")
    void unknownIpKind() {
        assertEquals(true, IpKind.fromCode("DESIGN").isEmpty());
        assertEquals(true, IpKind.fromCode("trademark").isEmpty());
    }

    @Test
    @DisplayName("a filed case without a district or an infringer cannot make a notice")
    void incompleteCaseFiled() {
        Instant at = Instant.parse("2026-11-23T06:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> new CaseFiled(UUID.randomUUID(), null, "500155-amr",
                IpKind.PATENT, "t", CaseFiled.Infringer.organisation("n", "c"), at));
        assertThrows(IllegalArgumentException.class, () -> new CaseFiled(UUID.randomUUID(), "500155", "500155-amr",
                IpKind.PATENT, "t", CaseFiled.Infringer.organisation(" ", "c"), at));
        assertThrows(NullPointerException.class, () -> new CaseFiled(UUID.randomUUID(), "500155", "500155-amr",
                IpKind.PATENT, "t", null, at));
    }
}
