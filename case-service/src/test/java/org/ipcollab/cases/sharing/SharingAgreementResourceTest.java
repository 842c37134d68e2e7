package org.ipcollab.cases.sharing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.ipcollab.cases.sharing.SharingFixtures.LIANGPING;
import static org.ipcollab.cases.sharing.SharingFixtures.LINSHUI;
import static org.ipcollab.cases.sharing.SharingFixtures.admin;
import static org.ipcollab.cases.sharing.SharingFixtures.count;
import static org.ipcollab.cases.sharing.SharingFixtures.liaison;
import static org.ipcollab.cases.sharing.SharingFixtures.payloads;
import static org.ipcollab.cases.sharing.SharingFixtures.proposal;
import static org.ipcollab.cases.sharing.SharingFixtures.regulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ipcollab.cases.CaseServiceTestProfile;
import org.ipcollab.cases.infringement.domain.SharingAgreementApproved;
import org.ipcollab.cases.infringement.domain.SharingAgreementProposed;
import org.ipcollab.cases.infringement.domain.SharingAgreementResumed;
import org.ipcollab.cases.infringement.domain.SharingAgreementSuspended;
import org.ipcollab.testsupport.EventSchemas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class SharingAgreementResourceTest {
    @Inject
    EntityManager em;

    @Test
    @DisplayName("an agreement proposed by 梁平's liaison is in force only once 邻水's liaison approved too; either side"
            + " suspends and resumes it; every step's event matches its schema")
    void proposeApproveSuspendResume() {
        String id = given().auth().oauth2(liaison(LIANGPING)).contentType(ContentType.JSON)
                .body(proposal(LINSHUI, SharingFixtures.ALL_EVENTS, SharingFixtures.SOME_FIELDS))
                .post("/sharing-agreements").then().statusCode(201)
                .header("Location", containsString("/sharing-agreements/"))
                .body("status", equalTo("PROPOSED")).body("statusZh", equalTo("待双方批准"))
                .body("inForce", equalTo(false)).body("responsePeriodZh", equalTo("10个工作日"))
                .extract().path("id");
        given().auth().oauth2(liaison(LIANGPING)).post("/sharing-agreements/" + id + "/approval").then()
                .statusCode(200).body("status", equalTo("PROPOSED")).body("inForce", equalTo(false));
        // the same side twice: 409, nothing changes
        long outbox = count(em, "select count(*) from outbox_event where aggregate_id = :p0", id);
        given().auth().oauth2(liaison(LIANGPING)).post("/sharing-agreements/" + id + "/approval").then()
                .statusCode(409).contentType("application/problem+json");
        assertEquals(outbox, count(em, "select count(*) from outbox_event where aggregate_id = :p0", id));
        given().auth().oauth2(liaison(LINSHUI)).post("/sharing-agreements/" + id + "/approval").then()
                .statusCode(200).body("status", equalTo("ACTIVE")).body("inForce", equalTo(true))
                .body("partnerApproval.approvedBy", equalTo("liaison-" + LINSHUI));
        given().auth().oauth2(liaison(LINSHUI)).contentType(ContentType.JSON).body("{\"reason\":\"修订共享字段\"}")
                .post("/sharing-agreements/" + id + "/suspension").then().statusCode(200)
                .body("status", equalTo("SUSPENDED")).body("inForce", equalTo(false))
                .body("suspension.district", equalTo(LINSHUI));
        given().auth().oauth2(admin(LIANGPING)).post("/sharing-agreements/" + id + "/resumption").then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(regulator(LINSHUI)).get("/sharing-agreements").then().statusCode(200)
                .body("id", hasItem(id));

        for (String type : List.of(SharingAgreementProposed.TYPE, SharingAgreementApproved.TYPE,
                SharingAgreementSuspended.TYPE, SharingAgreementResumed.TYPE)) {
            List<JsonNode> events = payloads(em, id, type);
            assertFalse(events.isEmpty(), type);
            for (JsonNode e : events) {
                assertEquals(Set.of(), EventSchemas.violations(type, e), type);
            }
            EventSchemas.examples(type).forEach(x -> assertEquals(Set.of(), EventSchemas.violations(type, x)));
        }
        List<JsonNode> approvals = payloads(em, id, SharingAgreementApproved.TYPE);
        assertEquals(2, approvals.size());
        assertFalse(approvals.get(0).get("inForce").asBoolean());
        assertTrue(approvals.get(1).get("inForce").asBoolean());
        assertEquals("TRADEMARK", payloads(em, id, SharingAgreementProposed.TYPE).get(0).at("/ipKinds/0").asText());
    }

    @Test
    @DisplayName("refusals change nothing: a regulator cannot propose or approve (403), an admin cannot approve (403),"
            + " a third district sees 404, an agreement with itself or backwards dates is 422, JSON junk is 400")
    void refusals() {
        String id = SharingFixtures.proposed(LIANGPING, LINSHUI);
        long agreements = count(em, "select count(*) from sharing_agreement");
        long outbox = count(em, "select count(*) from outbox_event");
        given().auth().oauth2(regulator(LIANGPING)).contentType(ContentType.JSON)
                .body(proposal(LINSHUI, SharingFixtures.ALL_EVENTS, "[]")).post("/sharing-agreements").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(regulator(LINSHUI)).post("/sharing-agreements/" + id + "/approval").then()
                .statusCode(403);
        given().auth().oauth2(admin(LINSHUI)).post("/sharing-agreements/" + id + "/approval").then().statusCode(403)
                .body("detail", containsString("district-liaison"));
        given().auth().oauth2(liaison("511724")).post("/sharing-agreements/" + id + "/approval").then()
                .statusCode(404);
        given().auth().oauth2(liaison("511724")).get("/sharing-agreements/" + id).then().statusCode(404);
        given().auth().oauth2(liaison(LINSHUI)).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .post("/sharing-agreements/" + id + "/suspension").then().statusCode(409);
        given().auth().oauth2(liaison(LIANGPING)).contentType(ContentType.JSON)
                .body(proposal(LIANGPING, SharingFixtures.ALL_EVENTS, "[\"STATUS\"]")).post("/sharing-agreements")
                .then().statusCode(422);
        given().auth().oauth2(liaison(LIANGPING)).contentType(ContentType.JSON)
                .body(proposal(LINSHUI, SharingFixtures.ALL_EVENTS, "[]")).post("/sharing-agreements").then()
                .statusCode(422).body("detail", containsString("fields"));
        given().auth().oauth2(liaison(LIANGPING)).contentType(ContentType.JSON)
                .body(proposal(LINSHUI, SharingFixtures.ALL_EVENTS, "[\"STATUS\"]").replace("2099-12-31", "2025-01-01"))
                .post("/sharing-agreements").then().statusCode(422);
        given().auth().oauth2(liaison(LIANGPING)).contentType(ContentType.JSON)
                .body(proposal(LINSHUI, "[\"GOSSIP\"]", "[]")).post("/sharing-agreements").then().statusCode(400);
        given().contentType(ContentType.JSON).body(proposal(LINSHUI, SharingFixtures.ALL_EVENTS, "[]"))
                .post("/sharing-agreements").then().statusCode(401);
        assertEquals(agreements, count(em, "select count(*) from sharing_agreement"));
        assertEquals(outbox, count(em, "select count(*) from outbox_event"));
        given().auth().oauth2(liaison(LINSHUI)).get("/sharing-agreements/" + id).then().statusCode(200)
                .body("status", equalTo("PROPOSED")).body("proposerApproval", equalTo(null))
                .body("ipKinds.code", hasItem("TRADEMARK")).body("ipKinds[0].labelZh", notNullValue());
    }
}
