package org.ipcollab.mediation.mediation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Users, registry entries and steps shared by the mediation REST tests; every test gets its own ids. */
abstract class MediationFixtures {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String DISTRICT = "500155";
    static final String COURT_DEPT = "500155-court";

    @Inject
    EntityManager em;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String partyA = "party-a-" + suffix;
    final String partyB = "party-b-" + suffix;
    final String mediatorUser = "mediator-" + suffix;
    String organisationId;
    String mediatorId;

    static String admin() {
        return Tokens.token("admin", DISTRICT + "-admin", DISTRICT);
    }

    static String court() {
        return Tokens.token("court", COURT_DEPT, DISTRICT);
    }

    String party(String user) {
        return Tokens.tokenFor(user, "party", user, DISTRICT);
    }

    String mediator() {
        return Tokens.tokenFor(mediatorUser, "mediator", organisationId, DISTRICT);
    }

    /** An organisation and an available patent/trademark mediator, created by the district admin. */
    void registry() {
        organisationId = given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "PEOPLES_MEDIATION_COMMITTEE", "name", "梁平区知识产权纠纷人民调解委员会 " + suffix))
                .post("/organisations").then().statusCode(201).extract().path("id");
        mediatorId = given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("userId", mediatorUser, "name", "王调解", "specialities", List.of("TRADEMARK", "PATENT"),
                        "available", true))
                .post("/organisations/" + organisationId + "/mediators").then().statusCode(201).extract().path("id");
    }

    Map<String, Object> request(String kind) {
        return Map.of("caseId", UUID.randomUUID().toString(), "kind", kind, "title", "某商标侵权纠纷", "ipKind", "TRADEMARK",
                "parties", List.of(Map.of("side", "APPLICANT", "name", "重庆某某食品有限公司", "userId", partyA),
                        Map.of("side", "RESPONDENT", "name", "梁平区某某商行", "userId", partyB)));
    }

    String courtEntrusts(String kind) {
        return given().auth().oauth2(court()).contentType(ContentType.JSON).body(request(kind))
                .post("/mediations").then().statusCode(201).extract().path("id");
    }

    ValidatableResponse post(String token, String path, Object body) {
        var spec = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            spec = spec.body(body);
        }
        return spec.post(path).then();
    }

    /** Court entrusts, appoints; mediator accepts and signs for the file. */
    String mediating(String kind) {
        String id = courtEntrusts(kind);
        post(court(), "/mediations/" + id + "/appointment", Map.of("organisationId", organisationId, "mediatorId", mediatorId))
                .statusCode(200);
        post(mediator(), "/mediations/" + id + "/acceptance", null).statusCode(200);
        post(mediator(), "/mediations/" + id + "/file-receipt", null).statusCode(200);
        return id;
    }

    /** ... then an agreement with {@code terms} signed by both parties and the mediator and sealed. */
    String effective(List<Map<String, Object>> terms) {
        String id = mediating("ENTRUSTED_ORDINARY");
        String hash = given().auth().oauth2(mediator()).contentType(ContentType.JSON).body(Map.of("terms", terms))
                .put("/mediations/" + id + "/agreement").then().statusCode(200).extract().path("agreement.contentHash");
        post(party(partyA), "/mediations/" + id + "/agreement/signatures", Map.of("contentHash", hash)).statusCode(200);
        post(party(partyB), "/mediations/" + id + "/agreement/signatures", Map.of("contentHash", hash)).statusCode(200);
        post(mediator(), "/mediations/" + id + "/agreement/signatures", Map.of("contentHash", hash)).statusCode(200);
        post(mediator(), "/mediations/" + id + "/agreement/seal", Map.of("contentHash", hash)).statusCode(200);
        return id;
    }

    static List<Map<String, Object>> damagesTerms(String performBy) {
        return List.of(Map.of("kind", "COMPENSATION", "description", "被申请人赔偿申请人经济损失", "amountYuan", "50000.00",
                        "performBy", performBy),
                Map.of("kind", "STOP_INFRINGING", "description", "停止销售侵权商品", "performBy", performBy));
    }

    long count(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("id", id).getSingleResult()).longValue());
    }

    long outboxRows(String id) {
        return count("select count(*) from outbox_event where aggregate_id = :id", id);
    }

    @SuppressWarnings("unchecked")
    List<String> eventTypes(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(
                "select type from outbox_event where aggregate_id = :id order by seq").setParameter("id", id)
                .getResultList());
    }

    /** Every outbox payload of the mediation is valid against its schema and carries the common fields. */
    @SuppressWarnings("unchecked")
    void assertEventsValid(String id) throws Exception {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> (List<Object[]>) em.createNativeQuery(
                "select type, cast(payload as text) from outbox_event where aggregate_id = :id order by seq")
                .setParameter("id", id).getResultList());
        for (Object[] row : rows) {
            JsonNode data = JSON.readTree((String) row[1]);
            assertEquals(Set.of(), EventSchemas.violations((String) row[0], data), (String) row[0]);
            assertEquals(id, data.get("mediationId").asText());
            assertEquals(DISTRICT, data.get("district").asText());
        }
    }

    JsonNode lastPayload(String id, String type) throws Exception {
        String text = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select cast(payload as text) from outbox_event where aggregate_id = :id and type = :type"
                        + " order by seq desc limit 1").setParameter("id", id).setParameter("type", type)
                .getSingleResult());
        return JSON.readTree(text);
    }
}
