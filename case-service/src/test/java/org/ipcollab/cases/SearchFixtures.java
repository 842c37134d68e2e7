package org.ipcollab.cases;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import org.ipcollab.cases.infringement.domain.UnifiedSocialCreditCode;
import org.ipcollab.testsupport.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Cases of one district moved through the lifecycle over REST, for the search, statistics and partner tests. */
public final class SearchFixtures {
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final String OPEN = "{\"approvalReference\":\"梁市监立审〔2026〕118号\"}";
    public static final String DECLINE = "{\"reason\":\"不属于本机关管辖\",\"approvalReference\":\"梁市监立审〔2026〕119号\"}";
    public static final String FINISH = "{\"reportSummary\":\"查明当事人销售侵权商品\",\"complex\":false}";
    public static final String FINE = """
            {"outcome":"PENALTY","measures":["FINE","ORDER_TO_STOP"],"fine":"20000.00",
             "documentNumber":"梁市监处罚〔2026〕207号","reasons":"销售侵权商品"}""";
    public static final String FINE_WITHOUT_REFERRAL = """
            {"outcome":"PENALTY","measures":["FINE","ORDER_TO_STOP"],"fine":"50000.00",
             "documentNumber":"梁市监处罚〔2026〕208号","reasons":"销售侵权商品",
             "noReferralReason":"公安机关经审查认为不构成犯罪，书面答复不予立案"}""";
    public static final String REFER = """
            {"outcome":"REFERRAL","measures":[],"documentNumber":"梁市监移〔2026〕9号",
             "reasons":"涉嫌销售假冒注册商标的商品罪"}""";
    public static final String CLOSE = "{\"summary\":\"案件办结\"}";

    private final String district;

    public SearchFixtures(String district) {
        this.district = district;
    }

    public String district() {
        return district;
    }

    public String department() {
        return district + "-amr";
    }

    public String regulator() {
        return Tokens.token("regulator", department(), district);
    }

    public String token(String role) {
        return Tokens.token(role, district + "-" + role, district);
    }

    /** A valid unified social credit code registered in this district, different each call. */
    public String newCreditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder s = new StringBuilder("91" + district);
        for (int i = 0; i < 9; i++) {
            s.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return s.toString() + UnifiedSocialCreditCode.checkCharacter(s.toString());
    }

    public String file(String ipKind, String title, String creditCode) {
        return file(CaseBodies.minimal(ipKind, title, district, "重庆某某商贸有限公司", creditCode));
    }

    /** 1,000 bottles sold at ¥79.90 = ¥79,900: meets the art 214 threshold, so referral is required. */
    public String fileOverThreshold(String creditCode) {
        return file("""
                {"ipKind":"TRADEMARK","title":"批量销售假冒注册商标的白酒","district":"%s","clueSource":"COMPLAINT_12315",
                 "act":"SELLING_GOODS_WITH_COUNTERFEIT_MARK",
                 "infringer":{"kind":"ORGANISATION","name":"重庆某某商贸有限公司","creditCode":"%s"},
                 "goods":[{"name":"假冒某品牌白酒 500ml","unit":"瓶","quantitySold":1000,"actualSalePrice":"79.90"}],
                 "officers":["amr-officer-01","amr-officer-02"],
                 "facts":{"actDate":"2026-10-02"}}""".formatted(district, creditCode));
    }

    private String file(String body) {
        return given().auth().oauth2(regulator()).contentType(ContentType.JSON).body(body)
                .when().post("/cases").then().statusCode(201).extract().path("id");
    }

    public ValidatableResponse step(String id, String path, String body) {
        return given().auth().oauth2(regulator()).contentType(ContentType.JSON).body(body)
                .when().post("/cases/" + id + "/" + path).then().statusCode(200);
    }

    /** Opens, finishes the investigation and decides with {@code decision}. */
    public void openAndDecide(String id, String decision) {
        step(id, "opening", OPEN);
        step(id, "investigation-report", FINISH);
        step(id, "decision", decision);
    }

    public String caseNumber(String id) {
        return given().auth().oauth2(regulator()).when().get("/cases/" + id).then().statusCode(200).extract()
                .path("caseNumber");
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(Instant.now(), BEIJING);
    }
}
