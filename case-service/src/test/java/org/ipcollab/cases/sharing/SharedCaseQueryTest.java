package org.ipcollab.cases.sharing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.ipcollab.cases.sharing.SharingFixtures.DACHUAN;
import static org.ipcollab.cases.sharing.SharingFixtures.KAIJIANG;
import static org.ipcollab.cases.sharing.SharingFixtures.LIANGPING;
import static org.ipcollab.cases.sharing.SharingFixtures.RONGCHANG;
import static org.ipcollab.cases.sharing.SharingFixtures.count;
import static org.ipcollab.cases.sharing.SharingFixtures.liaison;
import static org.ipcollab.cases.sharing.SharingFixtures.regulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ipcollab.cases.CaseBodies;
import org.ipcollab.cases.CaseServiceTestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class SharedCaseQueryTest {
    @Inject
    EntityManager em;

    static ValidatableResponse query(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/shared-cases/queries")
                .then();
    }

    static String byGoods(String district, String goods) {
        return """
                {"district":"%s","purpose":"核查当事人是否在邻区受过知识产权行政处罚","goods":"%s"}"""
                .formatted(district, goods);
    }

    long logRows() {
        return count(em, "select count(*) from shared_query_log");
    }

    @Test
    @DisplayName("no agreement between the districts: 403 problem, and nothing is logged")
    void noAgreement() {
        long before = logRows();
        query(regulator(RONGCHANG), byGoods("510504", "白酒")).statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("没有生效的共享协议"));
        assertEquals(before, logRows());
    }

    @Test
    @DisplayName("an agreement approved by one side only: 403 both ways, nothing logged")
    void notApprovedByBoth() {
        String id = SharingFixtures.proposed(LIANGPING, KAIJIANG);
        SharingFixtures.approve(id, LIANGPING);
        long before = logRows();
        query(regulator(KAIJIANG), byGoods(LIANGPING, "白酒")).statusCode(403);
        query(liaison(LIANGPING), byGoods(KAIJIANG, "白酒")).statusCode(403);
        assertEquals(before, logRows());
        SharingFixtures.approve(id, KAIJIANG);
        query(regulator(KAIJIANG), byGoods(LIANGPING, "白酒")).statusCode(200);
        assertEquals(before + 1, logRows());
    }

    @Test
    @DisplayName("an agreement in force: 达川 sees 梁平's cases masked (张某某, no ID number), only the shared fields,"
            + " and 梁平's liaison reads the query with its purpose in the access log")
    void activeAgreementMaskedAndLogged() {
        SharingFixtures.active(LIANGPING, DACHUAN);
        String goods = "梁平柚礼盒-" + UUID.randomUUID().toString().substring(0, 8);
        String person = CaseBodies.aPersonSellingFakes(LIANGPING, CaseBodies.PERSON_ID)
                .replace("\"张某某\"", "\"张三丰\"").replace("假冒某品牌白酒 500ml", goods);
        given().auth().oauth2(regulator(LIANGPING)).contentType(ContentType.JSON).body(person).post("/cases").then()
                .statusCode(201);
        String org = CaseBodies.minimal("GEOGRAPHICAL_INDICATION", "销售假冒梁平柚地理标志产品", LIANGPING,
                "重庆某某商贸有限公司", "91500155MA61LP7K2D");
        given().auth().oauth2(regulator(LIANGPING)).contentType(ContentType.JSON).body(org).post("/cases").then()
                .statusCode(201);

        String raw = query(regulator(DACHUAN), byGoods(LIANGPING, goods)).statusCode(200)
                .body("district", equalTo(LIANGPING)).body("count", equalTo(1))
                .body("cases[0].infringer.name", equalTo("张某某"))
                .body("cases[0].infringer.kind", equalTo("PERSON"))
                .body("cases[0].goods", hasItem(goods))
                .body("cases[0].caseNumber", containsString("500155-amr"))
                .body("cases[0].status", equalTo("FILED"))
                .body("cases[0].filedOn", nullValue())       // FILED_DATE not shared by this agreement
                .body("cases[0].departmentId", nullValue())  // DEPARTMENT not shared
                .extract().asString();
        assertFalse(raw.contains(CaseBodies.PERSON_ID));
        assertFalse(raw.contains(CaseBodies.PERSON_ID_MASKED));
        assertFalse(raw.contains("张三丰"));
        assertFalse(raw.contains("idNumber"));
        assertFalse(raw.contains("title"));

        query(regulator(DACHUAN), """
                {"district":"500155","purpose":"协查前核实当事人","creditCode":"91500155MA61LP7K2D"}""")
                .statusCode(200).body("count", equalTo(1))
                .body("cases[0].infringer.creditCode", equalTo("91500155MA61LP7K2D"))
                .body("cases[0].infringer.name", equalTo("重庆某某商贸有限公司"));

        given().auth().oauth2(liaison(LIANGPING)).get("/shared-cases/access-log?size=200").then().statusCode(200)
                .body("findAll { it.criteria.goods == '" + goods + "' }.size()", equalTo(1))
                .body("find { it.criteria.goods == '" + goods + "' }.callerDistrict", equalTo(DACHUAN))
                .body("find { it.criteria.goods == '" + goods + "' }.caller", equalTo("officer-" + DACHUAN))
                .body("find { it.criteria.goods == '" + goods + "' }.purpose", containsString("行政处罚"))
                .body("find { it.criteria.goods == '" + goods + "' }.resultCount", equalTo(1))
                .body("callerDistrict", everyItem(not(equalTo(LIANGPING))));
        // the querying district does not see the owner's log entries; a regulator cannot read the log
        given().auth().oauth2(liaison(DACHUAN)).get("/shared-cases/access-log").then().statusCode(200)
                .body("findAll { it.criteria.goods == '" + goods + "' }.size()", equalTo(0));
        given().auth().oauth2(regulator(LIANGPING)).get("/shared-cases/access-log").then().statusCode(403);
    }

    @Test
    @DisplayName("refusals log nothing: an IP kind outside the agreement 403, own district 403, no purpose 422, no"
            + " identifier 422, police 403, no token 401")
    void refusals() {
        SharingFixtures.active(LIANGPING, DACHUAN);
        long before = logRows();
        query(regulator(DACHUAN), """
                {"district":"500155","purpose":"核查","goods":"白酒","ipKind":"PATENT"}""").statusCode(403);
        query(regulator(DACHUAN), byGoods(DACHUAN, "白酒")).statusCode(403);
        query(regulator(DACHUAN), """
                {"district":"500155","goods":"白酒"}""").statusCode(422);
        query(regulator(DACHUAN), """
                {"district":"500155","purpose":"核查"}""").statusCode(422);
        query(regulator(DACHUAN), """
                {"district":"500155","purpose":"核查","creditCode":"91500155MA60E6XU80"}""").statusCode(422);
        query(org.ipcollab.testsupport.Tokens.token("police", "511703-psb", DACHUAN), byGoods(LIANGPING, "白酒"))
                .statusCode(403);
        given().contentType(ContentType.JSON).body(byGoods(LIANGPING, "白酒")).post("/shared-cases/queries").then()
                .statusCode(401);
        assertEquals(before, logRows());
        query(regulator(DACHUAN), byGoods(LIANGPING, "白酒")).statusCode(200).body("count", greaterThanOrEqualTo(0));
        assertEquals(before + 1, logRows());
    }
}
