package org.ipcollab.cases.sharing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.ipcollab.cases.sharing.SharingFixtures.LONGCHANG;
import static org.ipcollab.cases.sharing.SharingFixtures.RONGCHANG;
import static org.ipcollab.cases.sharing.SharingFixtures.count;
import static org.ipcollab.cases.sharing.SharingFixtures.regulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ipcollab.cases.CaseBodies;
import org.ipcollab.cases.CaseServiceTestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class RepeatInfringerTest {
    static final String CC = "91511083MA62Q0AB3H";

    @Inject
    EntityManager em;

    String file(String district, String facts) {
        String body = CaseBodies.minimal("TRADEMARK", "销售假冒注册商标的夏布制品", district, "四川某某夏布有限公司", CC)
                .replace("\"officers\":[", "\"facts\":" + facts + ",\"officers\":[");
        return given().auth().oauth2(regulator(district)).contentType(ContentType.JSON).body(body).post("/cases")
                .then().statusCode(201).extract().path("id");
    }

    String previousPenaltyOn(String caseId) {
        String facts = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select facts from ip_case where id = cast(:id as uuid)").setParameter("id", caseId)
                .getSingleResult());
        return SharingFixtures.tree(facts).path("previousPenaltyOn").asText(null);
    }

    @Test
    @DisplayName("a penalty decided in 隆昌 counts for 荣昌's threshold check only once the two districts share:"
            + " previousPenaltyOn is filled at filing and when facts are established; an officer's own date wins")
    void repeatInfringerAcrossDistricts() {
        // 隆昌 penalised the company on 2026-03-01 (a decided case; the decision row as DECIDE stores it)
        String penalised = file(LONGCHANG, "{\"actDate\":\"2026-01-10\"}");
        SharingFixtures.sql(em, "update ip_case set status = 'DECIDED', decision = :p1 where id = cast(:p0 as uuid)",
                penalised, """
                        {"outcome":"PENALTY","measures":["FINE"],"fine":"20000","confiscatedGains":null,
                         "documentNumber":"隆市监处罚〔2026〕12号","reasons":"销售假冒注册商标的商品",
                         "noReferralReason":null,"decidedAt":"2026-03-01T02:00:00Z","decidedBy":"officer-511083"}""");

        String before = file(RONGCHANG, "{\"actDate\":\"2026-10-01\"}");
        assertEquals(null, previousPenaltyOn(before), "no agreement yet: 隆昌's decision is not 荣昌's to use");
        given().auth().oauth2(regulator(RONGCHANG)).get("/shared-cases/repeat-infringers/" + CC + "?before=2026-10-01")
                .then().statusCode(200).body("repeatInfringer", equalTo(false));

        SharingFixtures.active(RONGCHANG, LONGCHANG);
        long logs = count(em, "select count(*) from shared_query_log where owning_district = :p0", LONGCHANG);
        String after = file(RONGCHANG, "{\"actDate\":\"2026-10-01\"}");
        assertEquals("2026-03-01", previousPenaltyOn(after));
        String own = file(RONGCHANG, "{\"actDate\":\"2026-10-01\",\"previousPenaltyOn\":\"2025-06-30\"}");
        assertEquals("2025-06-30", previousPenaltyOn(own));

        given().auth().oauth2(regulator(RONGCHANG)).contentType(ContentType.JSON)
                .body("{\"actDate\":\"2026-10-01\"}").put("/cases/" + before + "/facts").then().statusCode(200);
        assertEquals("2026-03-01", previousPenaltyOn(before));

        given().auth().oauth2(regulator(RONGCHANG)).get("/shared-cases/repeat-infringers/" + CC + "?before=2026-10-01")
                .then().statusCode(200).body("repeatInfringer", equalTo(true))
                .body("lastPenaltyOn", equalTo("2026-03-01")).body("districtsSearched", hasItem(LONGCHANG))
                .body("penalties[0].district", equalTo(LONGCHANG)).body("penalties[0].caseId", nullValue())
                .body("penalties[0].caseNumber", nullValue());
        given().auth().oauth2(regulator(RONGCHANG)).contentType(ContentType.JSON)
                .body("{\"creditCode\":\"" + CC + "\",\"before\":\"2026-02-28\",\"purpose\":\"立案前核查\"}")
                .post("/shared-cases/repeat-infringer-lookups").then().statusCode(200)
                .body("repeatInfringer", equalTo(false)).body("windowFrom", equalTo("2024-02-28"));
        assertTrue(count(em, "select count(*) from shared_query_log where owning_district = :p0", LONGCHANG) >= logs + 2,
                "隆昌 sees 荣昌's lookups in its access log");
        given().auth().oauth2(regulator(RONGCHANG)).get("/shared-cases/repeat-infringers/91511083MA62Q0AB30").then()
                .statusCode(422);
    }
}
