package org.ipcollab.mediation.mediation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.ipcollab.mediation.MediationServiceTestProfile;
import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(MediationServiceTestProfile.class)
class MediationRefusalsResourceTest extends MediationFixtures {
    @Inject
    OverdueTerms overdueTerms;

    @BeforeEach
    void setUp() {
        registry();
    }

    void assertUnchanged(String id, long outbox, String status) {
        assertEquals(outbox, outboxRows(id));
        given().auth().oauth2(court()).get("/mediations/" + id).then().statusCode(200).body("status", equalTo(status));
    }

    @Test
    @DisplayName("a joint application more than 30 days after the agreement took effect is refused with 422 problem+json")
    void applicationPastThirtyDays() {
        String id = effective(damagesTerms("2030-01-01"));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update mediation_clock set started_at ="
                + " started_at - interval '40 days', due_at = due_at - interval '40 days' where mediation_id = cast(:id as uuid)"
                + " and kind = 'CONFIRMATION_APPLICATION'").setParameter("id", id).executeUpdate());
        long outbox = outboxRows(id);
        post(party(partyA), "/mediations/" + id + "/confirmation/applications", Map.of()).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ipcollab.org/problems/confirmation-too-late"))
                .body("status", equalTo(422));
        assertUnchanged(id, outbox, "AGREEMENT_EFFECTIVE");
        given().auth().oauth2(court()).get("/mediations/" + id).then()
                .body("clocks.find { it.kind == 'CONFIRMATION_APPLICATION' }.status", equalTo("OVERDUE"));
    }

    @Test
    @DisplayName("an agreement that settles ownership or validity (确权) is refused at application with 422 problem+json")
    void ownershipSettlement() {
        String id = effective(List.of(Map.of("kind", "OWNERSHIP_OR_VALIDITY", "description", "确认涉案商标归申请人所有",
                "performBy", "2030-01-01")));
        given().auth().oauth2(court()).get("/mediations/" + id).then().body("agreement.settlesOwnership", equalTo(true));
        long outbox = outboxRows(id);
        post(party(partyB), "/mediations/" + id + "/confirmation/applications", Map.of()).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ipcollab.org/problems/confirmation-ineligible"));
        assertUnchanged(id, outbox, "AGREEMENT_EFFECTIVE");
    }

    @Test
    @DisplayName("the wrong role, a stranger party, another court, another district and an unappointed mediator are refused; nothing changes")
    void wrongCallers() {
        String id = courtEntrusts("ENTRUSTED_ORDINARY");
        long outbox = outboxRows(id);
        Map<String, Object> appoint = Map.of("organisationId", organisationId, "mediatorId", mediatorId);
        // wrong role: an enforcement officer cannot appoint
        post(Tokens.token("regulator", "500155-amr", DISTRICT), "/mediations/" + id + "/appointment", appoint)
                .statusCode(403).contentType("application/problem+json");
        // another court of the same district
        post(Tokens.token("court", "500155-court2", DISTRICT), "/mediations/" + id + "/appointment", appoint)
                .statusCode(403);
        // a court of another district
        post(Tokens.token("court", COURT_DEPT, "500156"), "/mediations/" + id + "/appointment", appoint).statusCode(403);
        given().auth().oauth2(Tokens.token("court", COURT_DEPT, "500156")).get("/mediations/" + id).then().statusCode(403);
        // a party who is not part of this mediation sees nothing of it
        given().auth().oauth2(party("stranger-" + suffix)).get("/mediations/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(party("stranger-" + suffix)).get("/mediations").then().statusCode(200)
                .body("id", not(hasItem(id)));
        // the parties see their own mediation, also in their list
        given().auth().oauth2(party(partyA)).get("/mediations/" + id).then().statusCode(200);
        given().auth().oauth2(party(partyB)).get("/mediations").then().statusCode(200).body("id", hasItem(id));
        // no token at all: mediation records are never public
        given().get("/mediations/" + id).then().statusCode(401);
        // a mediator not appointed cannot accept
        post(mediator(), "/mediations/" + id + "/acceptance", null).statusCode(403);
        assertUnchanged(id, outbox, "REQUESTED");

        post(court(), "/mediations/" + id + "/appointment", appoint).statusCode(200);
        String other = Tokens.tokenFor("someone-else-" + suffix, "mediator", organisationId, DISTRICT);
        post(other, "/mediations/" + id + "/acceptance", null).statusCode(403);
        // a party cannot decide for the court, the court cannot sign for a party
        post(party(partyA), "/mediations/" + id + "/confirmation/decision", Map.of("confirmed", true)).statusCode(403);
        assertUnchanged(id, outbox + 1, "APPOINTED");
    }

    @Test
    @DisplayName("a court cannot request DIRECT mediation and an agency cannot request court-invited mediation (422)")
    void kindAndRequesterMustMatch() {
        given().auth().oauth2(Tokens.token("regulator", "500155-amr", DISTRICT)).contentType(ContentType.JSON)
                .body(request("PRE_FILING")).post("/mediations").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ipcollab.org/problems/mediation-kind"));
        given().auth().oauth2(court()).contentType(ContentType.JSON).body(Map.of("kind", "PRE_FILING"))
                .post("/mediations").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    @DisplayName("a term past its deadline emits term-overdue once, however often the scanner runs")
    void overdueTermReportedOnce() throws Exception {
        String id = effective(damagesTerms(LocalDate.now().plusDays(20).toString()));
        String type = "org.ipcollab.mediation.term-overdue.v1";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update mediation_term set perform_by ="
                + " current_date - 3, due_at = now() - interval '2 days' where mediation_id = cast(:id as uuid) and seq = 1")
                .setParameter("id", id).executeUpdate());
        overdueTerms.scanOnce();
        overdueTerms.scanOnce();
        assertEquals(1, count("select count(*) from outbox_event where aggregate_id = :id and type = '" + type + "'", id));
        JsonNode event = lastPayload(id, type);
        assertEquals(Set.of(), EventSchemas.violations(type, event));
        assertEquals(1, event.get("termSeq").asInt());
        assertEquals("50000.00", event.get("amountYuan").asText());
        assertEquals("AGREEMENT_EFFECTIVE", event.get("status").asText());
        assertEquals(1, count("select count(*) from mediation_term where mediation_id = cast(:id as uuid)"
                + " and overdue_notified_at is not null", id));
    }
}
