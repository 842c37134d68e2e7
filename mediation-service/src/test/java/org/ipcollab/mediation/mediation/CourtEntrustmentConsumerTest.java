package org.ipcollab.mediation.mediation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ipcollab.mediation.MediationServiceTestProfile;
import org.ipcollab.testsupport.CloudEventsTestRecords;
import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.KafkaTestClient;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** A court's entrustment from referral-service's court inbox becomes one court-invited mediation request. */
@QuarkusTest
@TestProfile(MediationServiceTestProfile.class)
class CourtEntrustmentConsumerTest extends MediationFixtures {
    static final String ENTRUSTED = "org.ipcollab.referral.mediation-entrusted.v1";
    static final String REFERRAL_TOPIC = "ipcollab.referral.v1";
    static final String CASE_FILED = "org.ipcollab.case.filed.v2";
    static final String CASE_TOPIC = "ipcollab.case.v1";
    static final String DLT = "ipcollab.mediation.dlt.v1";
    static final Duration BOUND = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** This test's own court, so its list holds only this test's mediations. */
    final String courtDept = DISTRICT + "-court-" + suffix;

    String ourCourt() {
        return Tokens.token("court", courtDept, DISTRICT);
    }

    /** A filed case known to this service, with the given IP kind; waits until its projection is there. */
    String filedCase(String ipKind) {
        ObjectNode data = ((ObjectNode) EventSchemas.examples(CASE_FILED).get(0)).deepCopy();
        String caseId = UUID.randomUUID().toString();
        data.put("caseId", caseId);
        data.put("district", DISTRICT);
        data.put("ipKind", ipKind);
        CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, CloudEventsTestRecords.newId(), CASE_FILED, caseId, data);
        await().atMost(BOUND).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> given().auth()
                .oauth2(Tokens.token("police", DISTRICT + "-psb", DISTRICT)).get("/case-projections/" + caseId)
                .then().statusCode(200));
        return caseId;
    }

    /** Schema example {@code index} as referral-service would publish it about {@code caseId} from this test's court. */
    ObjectNode entrustment(int index, String caseId) {
        ObjectNode data = ((ObjectNode) EventSchemas.examples(ENTRUSTED).get(index)).deepCopy();
        data.put("caseId", caseId);
        data.put("district", DISTRICT);
        ((ObjectNode) data.get("departments")).put("courtDepartmentId", courtDept);
        ((ObjectNode) data.get("actor")).put("departmentId", courtDept).put("subject", "judge-" + suffix);
        ((ObjectNode) data.get("details")).put("disputeId", UUID.randomUUID().toString());
        assertEquals(java.util.Set.of(), EventSchemas.violations(ENTRUSTED, data));
        return data;
    }

    static int exampleWith(boolean userIds) {
        List<JsonNode> examples = EventSchemas.examples(ENTRUSTED);
        for (int i = 0; i < examples.size(); i++) {
            JsonNode d = examples.get(i).get("details");
            boolean has = d.hasNonNull("plaintiffUserId") && d.hasNonNull("defendantUserId");
            if (has == userIds) {
                return i;
            }
        }
        throw new AssertionError("the schema has no example " + (userIds ? "with" : "without") + " party user ids");
    }

    List<Map<String, Object>> courtList() {
        return given().auth().oauth2(ourCourt()).get("/mediations?size=100").then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    @Test
    @DisplayName("an entrustment with party user ids becomes one mediation, even redelivered and re-sent under a new id")
    void entrustmentOpensOneMediation() throws Exception {
        registry();
        String caseId = filedCase("TRADEMARK");
        ObjectNode first = entrustment(exampleWith(true), caseId);
        JsonNode details = first.get("details");
        ((ObjectNode) details).put("plaintiffUserId", partyA).put("defendantUserId", partyB)
                .put("mediationOrganisationId", organisationId);
        String eventId = CloudEventsTestRecords.newId();
        CloudEventsTestRecords.send(bootstrap, REFERRAL_TOPIC, eventId, ENTRUSTED, caseId, first);
        CloudEventsTestRecords.send(bootstrap, REFERRAL_TOPIC, eventId, ENTRUSTED, caseId, first);
        CloudEventsTestRecords.send(bootstrap, REFERRAL_TOPIC, CloudEventsTestRecords.newId(), ENTRUSTED, caseId, first);
        // A second dispute on the same key (same partition) is handled after the three copies of the first; it names
        // the example's organisation id, which this registry does not hold.
        ObjectNode marker = entrustment(exampleWith(true), caseId);
        ((ObjectNode) marker.get("details")).put("plaintiffUserId", partyA).put("defendantUserId", partyB)
                .put("mode", "ENTRUSTED_SIMPLIFIED").put("ruleId", "mediation.entrusted-simplified");
        CloudEventsTestRecords.send(bootstrap, REFERRAL_TOPIC, CloudEventsTestRecords.newId(), ENTRUSTED, caseId, marker);

        await().atMost(BOUND).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> given().auth().oauth2(ourCourt())
                .get("/mediations?size=100").then().statusCode(200).body("kind", hasItem("ENTRUSTED_SIMPLIFIED")));
        List<Map<String, Object>> listed = courtList();
        assertEquals(2, listed.size(), "one mediation per dispute: " + listed);
        JsonPath list = given().auth().oauth2(ourCourt()).get("/mediations?size=100").then().extract().jsonPath();
        String id = list.getString("find { it.kind == 'ENTRUSTED_ORDINARY' }.id");
        given().auth().oauth2(ourCourt()).get("/mediations/" + id).then().statusCode(200)
                .body("caseId", equalTo(caseId)).body("district", equalTo(DISTRICT))
                .body("status", equalTo("REQUESTED")).body("requesterKind", equalTo("COURT"))
                .body("requesterDepartment", equalTo(courtDept)).body("courtDepartment", equalTo(courtDept))
                .body("title", equalTo(details.get("claim").asText())).body("ipKind", equalTo("TRADEMARK"))
                .body("organisationId", equalTo(organisationId))
                .body("parties.find { it.side == 'APPLICANT' }.userId", equalTo(partyA))
                .body("parties.find { it.side == 'APPLICANT' }.name", equalTo(details.get("plaintiff").asText()))
                .body("parties.find { it.side == 'RESPONDENT' }.userId", equalTo(partyB))
                .body("parties.find { it.side == 'RESPONDENT' }.name", equalTo(details.get("defendant").asText()));
        assertNull(list.get("find { it.kind == 'ENTRUSTED_SIMPLIFIED' }.organisationId"),
                "an organisation id the registry does not hold is not put on the mediation");
        // The parties see it; the named organisation's mediator sees it for the court's appointment step.
        given().auth().oauth2(party(partyA)).get("/mediations/" + id).then().statusCode(200);
        given().auth().oauth2(mediator()).get("/mediations/" + id).then().statusCode(200);
        assertEquals(List.of("org.ipcollab.mediation.requested.v1"), eventTypes(id));
        assertEventsValid(id);
        JsonNode requested = lastPayload(id, "org.ipcollab.mediation.requested.v1");
        assertEquals("COURT", requested.get("requesterKind").asText());
        assertEquals(1, count("select count(*) from court_entrustment where cast(mediation_id as text) = :id", id));
        // The court appoints as for a request made by REST.
        post(ourCourt(), "/mediations/" + id + "/appointment", Map.of("organisationId", organisationId,
                "mediatorId", mediatorId)).statusCode(200).body("status", equalTo("APPOINTED"));
    }

    @Test
    @DisplayName("an entrustment without party user ids, or about a case never filed here, is dead-lettered with the reason")
    void unusableEntrustmentsAreDeadLettered() {
        String caseId = filedCase("PATENT");
        ObjectNode noUsers = entrustment(exampleWith(false), caseId);
        CloudEventsTestRecords.send(bootstrap, REFERRAL_TOPIC, CloudEventsTestRecords.newId(), ENTRUSTED, caseId, noUsers);
        ConsumerRecord<String, byte[]> letter = KafkaTestClient.awaitRecord(bootstrap, DLT,
                r -> caseId.equals(r.key()), BOUND);
        String reason = KafkaTestClient.header(letter, "ipcollab.dlt.reason");
        assertTrue(reason.contains("names no user id for the plaintiff"), reason);
        assertEquals(ENTRUSTED, KafkaTestClient.header(letter, "ce_type"));
        assertEquals(REFERRAL_TOPIC, KafkaTestClient.header(letter, "ipcollab.dlt.topic"));

        String unknownCase = UUID.randomUUID().toString();
        ObjectNode unfiled = entrustment(exampleWith(true), unknownCase);
        CloudEventsTestRecords.send(bootstrap, REFERRAL_TOPIC, CloudEventsTestRecords.newId(), ENTRUSTED, unknownCase,
                unfiled);
        String unfiledReason = KafkaTestClient.header(KafkaTestClient.awaitRecord(bootstrap, DLT,
                r -> unknownCase.equals(r.key()), BOUND), "ipcollab.dlt.reason");
        assertTrue(unfiledReason.contains("has not seen filed"), unfiledReason);

        assertEquals(List.of(), courtList());
        assertEquals(0, count("select count(*) from court_entrustment where court_department = :id", courtDept));
    }
}
