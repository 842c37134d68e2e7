package org.ipcollab.mediation.mediation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.ipcollab.mediation.MediationServiceTestProfile;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(MediationServiceTestProfile.class)
class ConfirmationResourceTest extends MediationFixtures {
    @Inject
    OverdueTerms overdueTerms;

    @BeforeEach
    void setUp() {
        registry();
    }

    void jointApplication(String id) {
        post(party(partyA), "/mediations/" + id + "/confirmation/applications", Map.of()).statusCode(200);
        post(party(partyB), "/mediations/" + id + "/confirmation/applications", Map.of()).statusCode(200)
                .body("status", equalTo("CONFIRMATION_APPLIED"));
    }

    @Test
    @DisplayName("the court refuses to accept the application; the agreement stays, its terms are still performed")
    void courtRefusesAtAcceptance() throws Exception {
        String id = effective(damagesTerms("2030-01-01"));
        jointApplication(id);
        post(court(), "/mediations/" + id + "/confirmation/acceptance", Map.of("accepted", false)).statusCode(422)
                .contentType("application/problem+json");
        post(court(), "/mediations/" + id + "/confirmation/acceptance", Map.of("accepted", false, "reason", "材料不全"))
                .statusCode(200).body("status", equalTo("CONFIRMATION_REFUSED"))
                .body("confirmation.enforceable", equalTo(false));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        post(mediator(), "/mediations/" + id + "/terms/1/performance", Map.of("performedOn", today)).statusCode(200);
        post(mediator(), "/mediations/" + id + "/terms/2/performance", Map.of("performedOn", today)).statusCode(200)
                .body("status", equalTo("PERFORMED"));
        assertEquals("CONFIRMATION_REFUSED",
                lastPayload(id, "org.ipcollab.mediation.confirmation-refused.v1").get("status").asText());
        assertEventsValid(id);
    }

    @Test
    @DisplayName("the court extends its decision period once with approval and rules not to confirm")
    void extendedThenNotConfirmed() throws Exception {
        String id = effective(damagesTerms("2030-01-01"));
        jointApplication(id);
        post(court(), "/mediations/" + id + "/confirmation/acceptance", Map.of("accepted", true)).statusCode(200);
        post(court(), "/mediations/" + id + "/confirmation/extension", Map.of("reference", "院长批准")).statusCode(200)
                .body("clocks.find { it.kind == 'CONFIRMATION_DECISION' }.extensions", equalTo(1));
        long outbox = outboxRows(id);
        post(court(), "/mediations/" + id + "/confirmation/extension", Map.of("reference", "再次")).statusCode(409)
                .contentType("application/problem+json");
        assertEquals(outbox, outboxRows(id));
        post(court(), "/mediations/" + id + "/confirmation/decision", Map.of("confirmed", false, "reason", "协议内容违反法律规定"))
                .statusCode(200).body("status", equalTo("CONFIRMATION_REFUSED"))
                .body("confirmation.reason", equalTo("协议内容违反法律规定"));
        assertEventsValid(id);
    }

    @Test
    @DisplayName("an agency's direct mediation is confirmed by the court the parties name, with the basis recorded")
    void directMediationNamedCourt() throws Exception {
        String regulator = Tokens.token("regulator", "500155-amr", DISTRICT);
        Map<String, Object> body = new java.util.HashMap<>(request("DIRECT"));
        body.put("organisationId", organisationId);
        String id = given().auth().oauth2(regulator).contentType(ContentType.JSON).body(body).post("/mediations")
                .then().statusCode(201).body("requesterKind", equalTo("AGENCY")).extract().path("id");
        post(mediator(), "/mediations/" + id + "/appointment", Map.of("organisationId", organisationId, "mediatorId", mediatorId))
                .statusCode(200);
        post(mediator(), "/mediations/" + id + "/acceptance", null).statusCode(200);
        post(mediator(), "/mediations/" + id + "/file-receipt", null).statusCode(200);
        String hash = given().auth().oauth2(mediator()).contentType(ContentType.JSON)
                .body(Map.of("terms", damagesTerms("2030-01-01"))).put("/mediations/" + id + "/agreement").then()
                .statusCode(200).extract().path("agreement.contentHash");
        for (String token : List.of(party(partyA), party(partyB), mediator())) {
            post(token, "/mediations/" + id + "/agreement/signatures", Map.of("contentHash", hash)).statusCode(200);
        }
        post(mediator(), "/mediations/" + id + "/agreement/seal", Map.of("contentHash", hash)).statusCode(200);
        // no inviting court: the application must name one
        post(party(partyA), "/mediations/" + id + "/confirmation/applications", Map.of()).statusCode(422)
                .body("type", equalTo("https://ipcollab.org/problems/confirmation-court"));
        post(party(partyA), "/mediations/" + id + "/confirmation/applications",
                Map.of("court", "500155-court", "courtBasis", "PARTY_RESIDENCE")).statusCode(200);
        post(party(partyB), "/mediations/" + id + "/confirmation/applications",
                Map.of("court", "500155-court2", "courtBasis", "PROPERTY_LOCATION")).statusCode(422);
        post(party(partyB), "/mediations/" + id + "/confirmation/applications",
                Map.of("court", "500155-court", "courtBasis", "PARTY_RESIDENCE")).statusCode(200)
                .body("confirmation.court", equalTo("500155-court"))
                .body("confirmation.courtBasis", equalTo("PARTY_RESIDENCE"));
        // the named court now sees it and decides
        given().auth().oauth2(court()).get("/mediations").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(id));
        post(court(), "/mediations/" + id + "/confirmation/acceptance", Map.of("accepted", true)).statusCode(200);
        post(court(), "/mediations/" + id + "/confirmation/decision", Map.of("confirmed", true)).statusCode(200)
                .body("confirmation.enforceable", equalTo(true));
        assertEventsValid(id);
    }

    @Test
    @DisplayName("the terms of a draft that failed are never reported overdue")
    void draftTermsNeverOverdue() {
        String id = mediating("ENTRUSTED_ORDINARY");
        given().auth().oauth2(mediator()).contentType(ContentType.JSON).body(Map.of("terms", damagesTerms("2030-01-01")))
                .put("/mediations/" + id + "/agreement").then().statusCode(200);
        post(mediator(), "/mediations/" + id + "/failure", Map.of("reason", "未能达成一致")).statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update mediation_term set due_at ="
                + " now() - interval '1 day' where mediation_id = cast(:id as uuid)").setParameter("id", id).executeUpdate());
        overdueTerms.scanOnce();
        assertEquals(0, count("select count(*) from outbox_event where aggregate_id = :id"
                + " and type = 'org.ipcollab.mediation.term-overdue.v1'", id));
    }
}
