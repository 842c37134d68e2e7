package org.ipcollab.cases.publication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.ipcollab.cases.publication.PublicationRuleFiles;
import org.ipcollab.cases.rules.domain.LegalSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The redaction list shipped in rules/redaction.json, pattern by pattern, and what it must leave alone. */
class RedactionTest {
    static final Redaction LIST = new PublicationRuleFiles().redaction();
    static final String HIDDEN = "[已隐去]";

    @Test
    @DisplayName("the list cites PIPL art 51, SAMR Order 45 and DOMAIN.md §3.6, and applies from 2021-09-01")
    void sourcesAndDate() {
        assertTrue(LIST.sources().stream().anyMatch(s -> s.law().contains("PIPL") && "art 51".equals(s.article())));
        assertTrue(LIST.sources().stream().anyMatch(s -> s.law().contains("SAMR Order 45")));
        assertTrue(LIST.sources().stream().anyMatch(s -> s.law().equals("DOMAIN.md") && "§3.6".equals(s.article())));
        assertEquals(LocalDate.of(2021, 9, 1), LIST.effectiveFrom());
        assertEquals(HIDDEN, LIST.replacement());
    }

    @Nested
    @DisplayName("hidden")
    class Hidden {
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "resident-id-number|当事人张某某（身份证号50015519900307409X）销售假酒|50015519900307409X",
                "resident-id-number|身份证号码 110105194912310021。|110105194912310021",
                "resident-id-number|公民身份号码500155********409X|500155********409X",
                "bank-card-number|违法所得存入其银行卡 6222 0212 3456 7890 123 中|6222 0212 3456 7890 123",
                "bank-card-number|账号6217000010012345678|6217000010012345678",
                "mobile-phone-number|联系人手机13812345678，|13812345678",
                "mobile-phone-number|致电 +86 138-1234-5678 询价|+86 138-1234-5678",
                "landline-phone-number|门店座机023-45678901|023-45678901",
                "landline-phone-number|固话（023）45678901转|（023）45678901",
                "phone-after-keyword|联系电话：5678901，|5678901",
                "email-address|邮箱 zhang.mou@example.com 收货|zhang.mou@example.com",
                "home-address|当事人住重庆市梁平区双桂街道某某路18号3单元502室，|重庆市梁平区双桂街道某某路18号3单元502室",
                "home-address|家住梁平区礼让镇某某村3组，|梁平区礼让镇某某村3组",
                "home-address|住所地四川省成都市武侯区某某大道二段6号。|四川省成都市武侯区某某大道二段6号"})
        void each(String pattern, String text, String secret) {
            assertTrue(LIST.findings(text).contains(pattern), pattern + " finds " + secret + " in " + text + ": "
                    + LIST.findings(text));
            String out = LIST.apply(text);
            assertFalse(out.contains(secret), out);
            assertTrue(out.contains(HIDDEN), out);
        }

        @Test
        @DisplayName("a decision's reasons lose the ID number, phone and address but keep the rest")
        void reasons() {
            String reasons = "当事人张某某（身份证号50015519900307409X，联系电话13812345678，住重庆市梁平区双桂街道某某路18号）"
                    + "于2026年10月在其经营的店铺销售假冒注册商标的白酒120瓶，违法经营额9588元，依据《商标法》第六十条罚款20000.00元。";
            String out = LIST.apply(reasons);
            assertEquals("当事人张某某（身份证号" + HIDDEN + "，联系电话" + HIDDEN + "，住" + HIDDEN + "）"
                    + "于2026年10月在其经营的店铺销售假冒注册商标的白酒120瓶，违法经营额9588元，依据《商标法》第六十条罚款20000.00元。", out);
        }
    }

    @Nested
    @DisplayName("left alone")
    class LeftAlone {
        @ParameterizedTest
        @ValueSource(strings = {
                "统一社会信用代码 91500155MA60E6XU89",
                "罚款20000.00元，没收违法所得9588.00元",
                "罚款 1,250,000 元",
                "案件编号 500155-amr-2026-000001",
                "梁市监处罚〔2026〕207号",
                "注册商标第12345678号",
                "2026-11-20 作出决定",
                "销售假冒注册商标的白酒120瓶，包装礼盒10个",
                "依据《中华人民共和国商标法》第六十条第二款",
                "重庆某某商贸有限公司",
                "梁平区市场监督管理局"})
        void notPersonalInformation(String text) {
            assertEquals(List.of(), LIST.findings(text), text);
            assertEquals(text, LIST.apply(text));
        }

        @Test
        @DisplayName("null stays null")
        void nullText() {
            assertEquals(null, LIST.apply(null));
        }
    }

    @Test
    @DisplayName("a list without sources, with a broken expression, or matching its own replacement is refused")
    void refusedLists() {
        var ok = Redaction.RedactionPattern.of("p", "号", "number", "[0-9]{5}");
        var src = List.of(new LegalSource("PIPL", "art 51"));
        assertThrows(IllegalArgumentException.class,
                () -> new Redaction("x", List.of(), LocalDate.of(2021, 9, 1), HIDDEN, List.of(ok)));
        assertThrows(IllegalArgumentException.class, () -> Redaction.RedactionPattern.of("p", "号", "n", "[0-9"));
        assertThrows(IllegalArgumentException.class, () -> new Redaction("x", src, LocalDate.of(2021, 9, 1), HIDDEN,
                List.of(Redaction.RedactionPattern.of("p", "号", "n", "已隐去"))));
        assertThrows(IllegalArgumentException.class, () -> Redaction.RedactionPattern.of("p", "号", "n", "x*"));
    }
}
