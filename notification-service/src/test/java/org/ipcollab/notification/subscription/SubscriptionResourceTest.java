package org.ipcollab.notification.subscription;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.ipcollab.notification.Fixtures.CASE_FILED;
import static org.ipcollab.notification.Fixtures.aFreshDistrict;
import static org.ipcollab.notification.Fixtures.adminOf;
import static org.ipcollab.notification.Fixtures.subscribe;
import static org.ipcollab.notification.Fixtures.subscriptionBody;
import static org.ipcollab.notification.Fixtures.tokenOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ipcollab.notification.NotificationServiceTestProfile;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(NotificationServiceTestProfile.class)
class SubscriptionResourceTest {
    static final String REFERRAL_ACCEPTED = "org.ipcollab.referral.accepted.v1";

    @Inject
    EntityManager em;

    long subscriptionRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select (select count(*) from subscription) + (select count(*) from subscription_event_type)")
                .getSingleResult()).longValue());
    }

    @Test
    @DisplayName("a department subscribes itself: 201 with Location and the subscription, which it can then list and read")
    void departmentSubscribesItself() {
        String district = aFreshDistrict();
        String psb = district + "-psb";
        String location = given().auth().oauth2(tokenOf(psb)).contentType(ContentType.JSON)
                .body(subscriptionBody(psb, district, List.of(REFERRAL_ACCEPTED, CASE_FILED)))
                .when().post("/subscriptions")
                .then().statusCode(201)
                .header("Location", containsString("/subscriptions/"))
                .body("id", notNullValue())
                .body("departmentId", equalTo(psb))
                .body("district", equalTo(district))
                .body("eventTypes", contains(CASE_FILED, REFERRAL_ACCEPTED))
                .body("createdAt", notNullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().auth().oauth2(tokenOf(psb)).when().get(location)
                .then().statusCode(200).body("id", equalTo(id)).body("departmentId", equalTo(psb));
        given().auth().oauth2(tokenOf(psb)).when().get("/subscriptions?departmentId=" + psb)
                .then().statusCode(200).body("id", contains(id));
        given().auth().oauth2(tokenOf(psb)).when().get("/subscriptions")
                .then().statusCode(200).body("id", contains(id));
        given().auth().oauth2(tokenOf(district + "-court")).when().get(location)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @DisplayName("an admin subscribes a department of its district and sees every subscription to its district")
    void adminSubscribesADepartment() {
        String district = aFreshDistrict();
        String court = district + "-court";
        String courtSubscription = given().auth().oauth2(adminOf(district)).contentType(ContentType.JSON)
                .body(subscriptionBody(court, district, List.of(CASE_FILED)))
                .when().post("/subscriptions")
                .then().statusCode(201).body("departmentId", equalTo(court)).extract().path("id");
        String psbSubscription = subscribe(district + "-psb", district);
        String neighbour = aFreshDistrict();
        String liaisonSubscription = subscribe(neighbour + "-liaison", district);

        given().auth().oauth2(adminOf(district)).when().get("/subscriptions")
                .then().statusCode(200).body("id", hasItems(courtSubscription, psbSubscription, liaisonSubscription));
        given().auth().oauth2(adminOf(district)).when().get("/subscriptions?departmentId=" + court)
                .then().statusCode(200).body("id", contains(courtSubscription));
        given().auth().oauth2(tokenOf(court)).when().get("/subscriptions")
                .then().statusCode(200).body("id", contains(courtSubscription));
        given().auth().oauth2(adminOf(aFreshDistrict())).when().get("/subscriptions")
                .then().statusCode(200).body("id", not(hasItem(courtSubscription)));
    }

    @Test
    @DisplayName("no token, a forged or an expired token → 401 problem+json, and nothing is written")
    void unauthenticated() {
        String district = aFreshDistrict();
        long before = subscriptionRows();
        given().contentType(ContentType.JSON).body(subscriptionBody(district + "-psb", district, List.of(CASE_FILED)))
                .when().post("/subscriptions")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401)).body("type", endsWith("/unauthorized"));
        for (String token : List.of(Tokens.forged("police", district + "-psb", district),
                Tokens.expired("police", district + "-psb", district))) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(subscriptionBody(district + "-psb", district, List.of(CASE_FILED)))
                    .when().post("/subscriptions")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().when().get("/subscriptions").then().statusCode(401).contentType("application/problem+json");
        assertEquals(before, subscriptionRows());
    }

    @Test
    @DisplayName("an admin of another district, or another department, may not subscribe a department → 403, nothing written")
    void forbidden() {
        String district = aFreshDistrict();
        String other = aFreshDistrict();
        long before = subscriptionRows();
        given().auth().oauth2(adminOf(district)).contentType(ContentType.JSON)
                .body(subscriptionBody(other + "-psb", other, List.of(CASE_FILED)))
                .when().post("/subscriptions")
                .then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403)).body("type", endsWith("/forbidden"));
        given().auth().oauth2(tokenOf(district + "-psb")).contentType(ContentType.JSON)
                .body(subscriptionBody(district + "-court", district, List.of(CASE_FILED)))
                .when().post("/subscriptions")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(before, subscriptionRows());

        given().auth().oauth2(tokenOf(district + "-psb")).when().get("/subscriptions?departmentId=" + district + "-court")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(adminOf(other)).when().get("/subscriptions?departmentId=" + district + "-court")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @DisplayName("an invalid body → 422 naming each wrong field, and nothing is written")
    void invalidBody() {
        String district = aFreshDistrict();
        long before = subscriptionRows();
        given().auth().oauth2(adminOf(district)).contentType(ContentType.JSON)
                .body("{\"departmentId\":\"PSB\",\"district\":\"5001\",\"eventTypes\":[\"case.filed\"]}")
                .when().post("/subscriptions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422)).body("type", endsWith("/validation"))
                .body("violations.field", contains("departmentId", "district", "eventTypes"))
                .body("violations.find { it.field == 'eventTypes' }.message", containsString("eventTypes[0]"));
        given().auth().oauth2(adminOf(district)).contentType(ContentType.JSON)
                .body(subscriptionBody(district + "-psb", district, List.of()))
                .when().post("/subscriptions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("eventTypes"));
        given().auth().oauth2(adminOf(district)).contentType(ContentType.JSON)
                .body("{}")
                .when().post("/subscriptions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItems("departmentId", "district", "eventTypes"));
        assertEquals(before, subscriptionRows());
    }

    @Test
    @DisplayName("malformed JSON or a wrong-typed field → 400 problem+json, and nothing is written")
    void malformed() {
        String district = aFreshDistrict();
        long before = subscriptionRows();
        for (String body : List.of("{\"departmentId\": ", "[]",
                "{\"departmentId\":\"" + district + "-psb\",\"district\":" + district + ",\"eventTypes\":[\"" + CASE_FILED + "\"]}",
                "{\"departmentId\":\"" + district + "-psb\",\"district\":\"" + district + "\",\"eventTypes\":\"" + CASE_FILED + "\"}")) {
            given().auth().oauth2(adminOf(district)).contentType(ContentType.JSON).body(body).log().ifValidationFails()
                    .when().post("/subscriptions")
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        }
        assertEquals(before, subscriptionRows());
    }

    @Test
    @DisplayName("subscribing the same department to the same district again → 409, and the first subscription stays")
    void duplicate() {
        String district = aFreshDistrict();
        String psb = district + "-psb";
        String first = subscribe(psb, district);
        long before = subscriptionRows();
        given().auth().oauth2(adminOf(district)).contentType(ContentType.JSON)
                .body(subscriptionBody(psb, district, List.of(REFERRAL_ACCEPTED)))
                .when().post("/subscriptions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409)).body("type", endsWith("/conflict"))
                .body("detail", containsString(psb));
        assertEquals(before, subscriptionRows());
        given().auth().oauth2(tokenOf(psb)).when().get("/subscriptions?departmentId=" + psb)
                .then().statusCode(200).body("id", contains(first)).body("[0].eventTypes", contains(CASE_FILED));
    }

    @Test
    @DisplayName("a department may subscribe itself to a neighbouring district; that is a second subscription, not a duplicate")
    void neighbouringDistrict() {
        String district = aFreshDistrict();
        String neighbour = aFreshDistrict();
        String liaison = district + "-liaison";
        String own = subscribe(liaison, district);
        String across = subscribe(liaison, neighbour);
        given().auth().oauth2(tokenOf(liaison)).when().get("/subscriptions?departmentId=" + liaison)
                .then().statusCode(200).body("id", contains(own, across));
        given().auth().oauth2(adminOf(neighbour)).when().get("/subscriptions?departmentId=" + district + "-psb")
                .then().statusCode(403);
        given().auth().oauth2(tokenOf(district + "-psb")).when().get("/subscriptions")
                .then().statusCode(200).body("$", empty());
    }
}
