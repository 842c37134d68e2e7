package org.ipcollab.mediation.mediation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ipcollab.mediation.MediationServiceTestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(MediationServiceTestProfile.class)
class MediationLifecycleResourceTest extends MediationFixtures {
    @BeforeEach
    void setUp() {
        registry();
    }

    @Test
    @DisplayName("court entrusts → mediator accepts → sessions → agreement signed and sealed → joint application → court confirms → terms performed")
    void wholeCourse() throws Exception {
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String id = given().auth().oauth2(court()).contentType(ContentType.JSON).body(request("ENTRUSTED_ORDINARY"))
                .post("/mediations").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/mediations/"))
                .body("status", equalTo("REQUESTED")).body("statusZh", equalTo("已申请，待指定调解员"))
                .body("courtDepartment", equalTo(COURT_DEPT))
                .body("clocks[0].kind", equalTo("APPOINTMENT")).body("clocks[0].status", equalTo("RUNNING"))
                .extract().path("id");

        post(court(), "/mediations/" + id + "/appointment", Map.of("organisationId", organisationId, "mediatorId", mediatorId))
                .statusCode(200).body("status", equalTo("APPOINTED")).body("mediatorId", equalTo(mediatorId));
        post(mediator(), "/mediations/" + id + "/acceptance", null).statusCode(200).body("status", equalTo("ACCEPTED"));
        post(mediator(), "/mediations/" + id + "/file-receipt", null).statusCode(200).body("status", equalTo("MEDIATING"))
                .body("clocks.find { it.kind == 'MEDIATION' }.ruleId", equalTo("mediation.entrusted-ordinary"));
        post(mediator(), "/mediations/" + id + "/extensions", Map.of("days", 5, "reference", "双方延期同意书"))
                .statusCode(200).body("clocks.find { it.kind == 'MEDIATION' }.extensions", equalTo(1));
        post(mediator(), "/mediations/" + id + "/sessions", Map.of("heldOn", today, "place", "梁平区人民法院调解室",
                "online", false, "attendees", List.of("王调解", "甲公司代理人", "乙商行经营者"), "summary", "双方就赔偿数额初步达成一致",
                "documents", List.of("授权委托书", "购货发票"))).statusCode(200).body("sessions", hasSize(1));
        post(mediator(), "/mediations/" + id + "/sessions", Map.of("heldOn", today, "online", true,
                "attendees", List.of("王调解", "甲公司代理人"), "summary", "线上确认协议条款")).statusCode(200)
                .body("sessions", hasSize(2));

        String hash = given().auth().oauth2(mediator()).contentType(ContentType.JSON)
                .body(Map.of("terms", damagesTerms(LocalDate.now().plusDays(30).toString())))
                .put("/mediations/" + id + "/agreement").then().statusCode(200)
                .body("status", equalTo("AGREEMENT_DRAFTED")).body("agreement.canonicalText", notNullValue())
                .extract().path("agreement.contentHash");
        post(party(partyA), "/mediations/" + id + "/agreement/signatures", Map.of("contentHash", hash)).statusCode(200);
        post(party(partyB), "/mediations/" + id + "/agreement/signatures", Map.of("contentHash", hash)).statusCode(200);
        post(mediator(), "/mediations/" + id + "/agreement/signatures", Map.of("contentHash", hash)).statusCode(200)
                .body("agreement.signatures", hasSize(3));
        post(mediator(), "/mediations/" + id + "/agreement/seal", Map.of("contentHash", hash)).statusCode(200)
                .body("status", equalTo("AGREEMENT_EFFECTIVE")).body("agreement.effectiveAt", notNullValue());

        post(party(partyA), "/mediations/" + id + "/confirmation/applications", Map.of()).statusCode(200)
                .body("status", equalTo("AGREEMENT_EFFECTIVE")).body("confirmation.applications", hasSize(1));
        post(party(partyB), "/mediations/" + id + "/confirmation/applications", Map.of()).statusCode(200)
                .body("status", equalTo("CONFIRMATION_APPLIED")).body("confirmation.court", equalTo(COURT_DEPT))
                .body("confirmation.courtBasis", equalTo("INVITING_COURT"));
        post(court(), "/mediations/" + id + "/confirmation/acceptance", Map.of("accepted", true)).statusCode(200)
                .body("status", equalTo("CONFIRMATION_ACCEPTED"));
        post(court(), "/mediations/" + id + "/confirmation/decision", Map.of("confirmed", true)).statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("confirmation.enforceable", equalTo(true));

        post(mediator(), "/mediations/" + id + "/terms/1/performance", Map.of("performedOn", today, "note", "已转账"))
                .statusCode(200).body("status", equalTo("CONFIRMED"));
        post(mediator(), "/mediations/" + id + "/terms/2/performance", Map.of("performedOn", today)).statusCode(200)
                .body("status", equalTo("PERFORMED")).body("statusEn", equalTo("agreement performed"));

        assertEquals(List.of("requested", "mediator-appointed", "mediator-accepted", "file-signed-for", "extended",
                "session-recorded", "session-recorded", "agreement-drafted", "agreement-signed", "agreement-signed",
                "agreement-signed", "agreement-sealed", "confirmation-applied", "confirmation-applied",
                "confirmation-accepted", "confirmation-decided", "term-performed", "term-performed"),
                eventTypes(id).stream().map(t -> t.replace("org.ipcollab.mediation.", "").replace(".v1", "")).toList());
        assertEventsValid(id);
        JsonNode performed = lastPayload(id, "org.ipcollab.mediation.term-performed.v1");
        assertEquals("PERFORMED", performed.get("status").asText());
        assertEquals(true, performed.get("allTermsPerformed").asBoolean());
    }

    @Test
    @DisplayName("a failed mediation goes back to the court that entrusted it")
    void failureBackToCourt() throws Exception {
        String id = mediating("PRE_FILING");
        long before = outboxRows(id);
        post(mediator(), "/mediations/" + id + "/failure", Map.of("reason", "被申请人拒绝继续调解")).statusCode(200)
                .body("status", equalTo("FAILED")).body("failureReason", equalTo("被申请人拒绝继续调解"));
        assertEquals(before + 1, outboxRows(id));
        JsonNode failed = lastPayload(id, "org.ipcollab.mediation.failed.v1");
        assertEquals("COURT", failed.get("returnedToKind").asText());
        assertEquals(COURT_DEPT, failed.get("returnedToDepartment").asText());
        assertEquals("调解不成，已退回", failed.get("statusZh").asText());
        assertEventsValid(id);
        // a failed mediation takes no agreement
        given().auth().oauth2(mediator()).contentType(ContentType.JSON).body(Map.of("terms", damagesTerms("2030-01-01")))
                .put("/mediations/" + id + "/agreement").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    @DisplayName("a party asks an organisation directly; its mediator appoints; the case id may be absent")
    void directMediationByParty() throws Exception {
        String id = given().auth().oauth2(party(partyA)).contentType(ContentType.JSON)
                .body(Map.of("kind", "DIRECT", "title", "著作权许可费纠纷", "ipKind", "COPYRIGHT", "organisationId", organisationId,
                        "parties", List.of(Map.of("side", "APPLICANT", "name", "甲", "userId", partyA),
                                Map.of("side", "RESPONDENT", "name", "乙", "userId", partyB))))
                .post("/mediations").then().statusCode(201).body("requesterKind", equalTo("PARTY"))
                .body("clocks", hasSize(0)).extract().path("id");
        post(mediator(), "/mediations/" + id + "/appointment", Map.of("organisationId", organisationId, "mediatorId", mediatorId))
                .statusCode(200).body("status", equalTo("APPOINTED"));
        JsonNode requested = lastPayload(id, "org.ipcollab.mediation.requested.v1");
        assertEquals(true, requested.get("caseId").isNull());
        assertEventsValid(id);
    }

    @Test
    @DisplayName("a revised agreement invalidates the signatures; signing the old text is refused and changes nothing")
    void revisionInvalidatesSignatures() {
        String id = mediating("ENTRUSTED_SIMPLIFIED");
        String first = given().auth().oauth2(mediator()).contentType(ContentType.JSON)
                .body(Map.of("terms", damagesTerms("2030-01-01"))).put("/mediations/" + id + "/agreement").then()
                .statusCode(200).extract().path("agreement.contentHash");
        post(party(partyA), "/mediations/" + id + "/agreement/signatures", Map.of("contentHash", first)).statusCode(200);
        given().auth().oauth2(mediator()).contentType(ContentType.JSON)
                .body(Map.of("terms", damagesTerms("2030-02-01"))).put("/mediations/" + id + "/agreement").then()
                .statusCode(200).body("agreement.version", equalTo(2))
                .body("agreement.signatures[0].invalidatedAt", notNullValue());
        long before = outboxRows(id);
        post(party(partyB), "/mediations/" + id + "/agreement/signatures", Map.of("contentHash", first)).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ipcollab.org/problems/stale-agreement"));
        assertEquals(before, outboxRows(id));
    }
}
