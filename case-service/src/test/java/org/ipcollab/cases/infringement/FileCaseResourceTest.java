package org.ipcollab.cases.infringement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.ipcollab.cases.CaseBodies;
import org.ipcollab.cases.CaseServiceTestProfile;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;

@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class FileCaseResourceTest {
    static final String DISTRICT = "500155";
    static final String VALID_CODE = "91500155MA60E6XU89";

    @Inject
    EntityManager em;

    static String regulator() {
        return Tokens.token("regulator", "500155-amr", DISTRICT);
    }

    static String aTrademarkCase(String district, String creditCode) {
        return CaseBodies.minimal("TRADEMARK", "销售假冒“梁平柚”注册商标包装的柚子", district, "重庆某某商贸有限公司",
                creditCode);
    }

    long rows(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    @Test
    @DisplayName("a regulator files a case: 201 with Location, the case, and its case.filed v1 and v2 outbox rows in the same transaction")
    void filesACase() {
        String id = given().auth().oauth2(regulator()).contentType(ContentType.JSON)
                .body(aTrademarkCase(DISTRICT, VALID_CODE))
                .when().post("/cases")
                .then().statusCode(201)
                .header("Location", containsString("/cases/"))
                .body("id", notNullValue())
                .body("district", equalTo(DISTRICT))
                .body("departmentId", equalTo("500155-amr"))
                .body("ipKind", equalTo("TRADEMARK"))
                .body("ipKindZh", equalTo("商标"))
                .body("status", equalTo("FILED"))
                .body("statusZh", equalTo("已登记（待决定是否立案）"))
                .body("infringer.creditCode", equalTo(VALID_CODE))
                .extract().path("id");

        for (String type : java.util.List.of("org.ipcollab.case.filed.v1", "org.ipcollab.case.filed.v2")) {
            long outboxRows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from outbox_event where aggregate_id = :id and type = :type")
                    .setParameter("id", id).setParameter("type", type).getSingleResult()).longValue());
            assertEquals(1, outboxRows, type);
        }

        given().auth().oauth2(Tokens.token("police", "500155-psb", DISTRICT))
                .when().get("/cases/" + id)
                .then().statusCode(200).body("title", containsString("梁平柚"));
        given().auth().oauth2(Tokens.token("police", "511703-psb", "511703"))
                .when().get("/cases/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(regulator())
                .when().get("/cases?size=200")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    @DisplayName("no token → 401 problem+json, and nothing is written")
    void noToken() {
        long before = rows("ip_case");
        given().contentType(ContentType.JSON).body(aTrademarkCase(DISTRICT, VALID_CODE))
                .when().post("/cases")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401)).body("type", containsString("unauthorized"));
        assertEquals(before, rows("ip_case"));
    }

    @Test
    @DisplayName("forged or expired tokens → 401 problem+json")
    void forgedAndExpired() {
        for (String token : new String[] {Tokens.forged("regulator", "500155-amr", DISTRICT),
                Tokens.expired("regulator", "500155-amr", DISTRICT), "not.a.jwt"}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(aTrademarkCase(DISTRICT, VALID_CODE))
                    .when().post("/cases")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    @DisplayName("a regulator of another district → 403 problem+json, and nothing is written")
    void wrongDistrict() {
        long cases = rows("ip_case");
        long outbox = rows("outbox_event");
        given().auth().oauth2(Tokens.token("regulator", "511703-amr", "511703")).contentType(ContentType.JSON)
                .body(aTrademarkCase(DISTRICT, VALID_CODE))
                .when().post("/cases")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("511703"));
        assertEquals(cases, rows("ip_case"));
        assertEquals(outbox, rows("outbox_event"));
    }

    @Test
    @DisplayName("police may not file a case → 403 problem+json")
    void wrongRole() {
        long before = rows("ip_case");
        given().auth().oauth2(Tokens.token("police", "500155-psb", DISTRICT)).contentType(ContentType.JSON)
                .body(aTrademarkCase(DISTRICT, VALID_CODE))
                .when().post("/cases")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(before, rows("ip_case"));
    }

    @Test
    @DisplayName("an invalid credit code → 422 naming the field, and nothing is written")
    void invalidCreditCode() {
        long cases = rows("ip_case");
        long outbox = rows("outbox_event");
        given().auth().oauth2(regulator()).contentType(ContentType.JSON)
                .body(aTrademarkCase(DISTRICT, "91500155MA60E6XU88"))
                .when().post("/cases")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("infringer.creditCode"));
        assertEquals(cases, rows("ip_case"));
        assertEquals(outbox, rows("outbox_event"));
    }

    @Test
    @DisplayName("missing fields → 422 listing each one")
    void missingFields() {
        given().auth().oauth2(regulator()).contentType(ContentType.JSON)
                .body("{\"district\":\"500155\"}")
                .when().post("/cases")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("ipKind"))
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("infringer"));
    }

    @Test
    @DisplayName("malformed JSON, a wrong-typed field or an unknown enum value → 400 problem+json, nothing written")
    void malformed() {
        long before = rows("ip_case");
        for (String body : new String[] {"{\"ipKind\": ", "[]",
                aTrademarkCase(DISTRICT, VALID_CODE).replace("\"TRADEMARK\"", "\"FOO\""),
                aTrademarkCase(DISTRICT, VALID_CODE).replace("\"district\":\"500155\"", "\"district\":500155")}) {
            given().auth().oauth2(regulator()).contentType(ContentType.JSON).body(body).log().ifValidationFails()
                    .when().post("/cases")
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        }
        assertEquals(before, rows("ip_case"));
    }
}
