package org.ipcollab.notification.routing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ipcollab.notification.Events.CASE_TOPIC;
import static org.ipcollab.notification.Events.caseExample;
import static org.ipcollab.notification.Events.send;
import static org.ipcollab.notification.Fixtures.aFreshDistrict;
import static org.ipcollab.notification.Fixtures.adminOf;
import static org.ipcollab.notification.Fixtures.tokenOf;

import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ipcollab.notification.NotificationServiceTestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(NotificationServiceTestProfile.class)
class RoutingRuleResourceTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String rule(String district, String pattern, String kind, String value) {
        return """
                {"name":"决定通知法院","district":"%s","eventTypePattern":"%s","actorRole":"regulator",
                 "recipient":{"kind":"%s","value":%s}}""".formatted(district, pattern, kind,
                value == null ? "null" : "\"" + value + "\"");
    }

    long rulesOf(String district) {
        return given().auth().oauth2(adminOf(district)).get("/routing-rules").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.district == '" + district + "' }").size();
    }

    @Test
    @DisplayName("a district admin adds a rule; events of its district then reach the named department")
    void adminAddsRuleThatRoutes() {
        String d = aFreshDistrict();
        String id = given().auth().oauth2(adminOf(d)).contentType(ContentType.JSON)
                .body(rule(d, "org.ipcollab.case.decided.v*", "DISTRICT_DEPARTMENT", "court"))
                .post("/routing-rules")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/routing-rules/"))
                .body("district", equalTo(d)).body("recipient.kind", equalTo("DISTRICT_DEPARTMENT"))
                .body("seeded", equalTo(false)).extract().path("id");
        given().auth().oauth2(adminOf(d)).get("/routing-rules/" + id).then().statusCode(200)
                .body("eventTypePattern", equalTo("org.ipcollab.case.decided.v*"));

        UUID caseId = UUID.randomUUID();
        send(bootstrap, CASE_TOPIC, "org.ipcollab.case.decided.v1", caseExample("case.decided.v1", caseId, d));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(tokenOf(d + "-court"))
                .get("/inboxes/" + d + "-court/items?caseId=" + caseId).then().extract().jsonPath().getInt("total") == 1);
        given().auth().oauth2(tokenOf(d + "-court")).get("/inboxes/" + d + "-court/items?caseId=" + caseId)
                .then().body("items[0].summaryZh", org.hamcrest.Matchers.containsString("应于 2026-12-30 前将处罚决定书抄送"))
                .body("items[0].dueDate", equalTo("2026-12-30"))
                .body("items[0].caseLink", equalTo("/cases/" + caseId));
    }

    @Test
    @DisplayName("the seeded defaults are listed to every admin and cannot be changed (409)")
    void defaultsAreReadOnly() {
        String d = aFreshDistrict();
        given().auth().oauth2(adminOf(d)).get("/routing-rules").then().statusCode(200)
                .body("findAll { it.seeded }.eventTypePattern", hasItem("org.ipcollab.referral.*"));
        String seeded = "00000000-0000-4000-8000-000000000001";
        given().auth().oauth2(adminOf(d)).delete("/routing-rules/" + seeded)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(adminOf(d)).contentType(ContentType.JSON)
                .body(rule(d, "org.ipcollab.referral.*", "DISTRICT_DEPARTMENT", "court"))
                .put("/routing-rules/" + seeded).then().statusCode(409);
        given().auth().oauth2(adminOf(d)).get("/routing-rules/" + seeded).then().statusCode(200)
                .body("recipient.value", equalTo("proc"));
    }

    @Test
    @DisplayName("only an admin of the rule's district may add, change or remove it; refusals change nothing")
    void authorisation() {
        String d = aFreshDistrict();
        String other = aFreshDistrict();
        String body = rule(d, "org.ipcollab.case.*", "FIXED_DEPARTMENT", d + "-court");
        given().contentType(ContentType.JSON).body(body).post("/routing-rules").then().statusCode(401);
        given().auth().oauth2(tokenOf(d + "-psb")).contentType(ContentType.JSON).body(body).post("/routing-rules")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(adminOf(other)).contentType(ContentType.JSON).body(body).post("/routing-rules")
                .then().statusCode(403);
        assertEquals(0, rulesOf(d));

        String id = given().auth().oauth2(adminOf(d)).contentType(ContentType.JSON).body(body).post("/routing-rules")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(adminOf(other)).delete("/routing-rules/" + id).then().statusCode(404);
        given().auth().oauth2(adminOf(other)).get("/routing-rules")
                .then().body("id", not(hasItem(id)));
        given().auth().oauth2(adminOf(d)).contentType(ContentType.JSON)
                .body(rule(d, "org.ipcollab.case.closed.v1", "EVENT_DEPARTMENT", "departmentId"))
                .put("/routing-rules/" + id).then().statusCode(200).body("recipient.kind", equalTo("EVENT_DEPARTMENT"));
        given().auth().oauth2(adminOf(d)).delete("/routing-rules/" + id).then().statusCode(204);
        assertEquals(0, rulesOf(d));
    }

    @Test
    @DisplayName("a malformed rule is 422 with the field named, and nothing is stored")
    void validation() {
        String d = aFreshDistrict();
        given().auth().oauth2(adminOf(d)).contentType(ContentType.JSON)
                .body(rule(d, "ORG.IPCOLLAB.*", "DISTRICT_DEPARTMENT", "proc")).post("/routing-rules")
                .then().statusCode(422).body("violations.field", hasItem("eventTypePattern"));
        given().auth().oauth2(adminOf(d)).contentType(ContentType.JSON)
                .body(rule(d, "org.ipcollab.case.*", "FIXED_DEPARTMENT", "not a department")).post("/routing-rules")
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(adminOf(d)).contentType(ContentType.JSON)
                .body(rule(d, "org.ipcollab.case.*", "NOBODY", "proc")).post("/routing-rules")
                .then().statusCode(400);
        assertEquals(0, rulesOf(d));
    }
}
