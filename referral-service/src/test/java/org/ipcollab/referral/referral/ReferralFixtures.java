package org.ipcollab.referral.referral;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Cases, tokens, documents and database probes shared by the referral REST tests. */
@ApplicationScoped
public class ReferralFixtures {
    public static final String DISTRICT = "500155";
    public static final String OTHER_DISTRICT = "511703";
    public static final String AMR = "500155-amr";
    public static final String PSB = "500155-psb";
    public static final String PROC = "500155-procuratorate";
    public static final String COURT = "500155-court";
    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    EntityManager em;

    public static String officer() {
        return Tokens.tokenFor("amr-officer-01", "regulator", AMR, DISTRICT);
    }

    public static String head() {
        return Tokens.tokenFor("amr-head-01", "regulator", AMR, DISTRICT);
    }

    public static String police() {
        return Tokens.token("police", PSB, DISTRICT);
    }

    public static String procuratorate() {
        return Tokens.token("procuratorate", PROC, DISTRICT);
    }

    public static String court() {
        return Tokens.token("court", COURT, DISTRICT);
    }

    /** A case filed by the agency, as case-service's case.filed event would have put it in the projection. */
    public UUID aCase() {
        return aCase(AMR);
    }

    /** A case of another agency department of the district. */
    public UUID aCase(String department) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into case_projection (case_id,"
                + " district, department_id, ip_kind, title, status, events_applied, last_event_id, updated_at)"
                + " values (:id, :district, :dept, 'TRADEMARK', '销售假冒注册商标的白酒', 'FILED', 1, :event, :at)")
                .setParameter("id", id).setParameter("district", DISTRICT).setParameter("dept", department)
                .setParameter("event", UUID.randomUUID().toString()).setParameter("at", Instant.now())
                .executeUpdate());
        return id;
    }

    public static String submitBody(UUID caseId) {
        return """
                {"caseId":"%s","reason":"销售假冒注册商标的白酒1,000瓶，销售金额79,900元，达到刑法第214条追诉标准",
                 "suspectedArticle":214,"officers":["amr-officer-01","amr-officer-02"],
                 "procuratorateDepartmentId":"500155-procuratorate"}""".formatted(caseId);
    }

    public String submit(UUID caseId) {
        return given().auth().oauth2(officer()).contentType(ContentType.JSON).body(submitBody(caseId))
                .when().post("/referrals").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse upload(String token, String id, String kind, String fileName, byte[] bytes,
            String type) {
        return given().auth().oauth2(token).multiPart("kind", kind).multiPart("file", fileName, bytes, type)
                .when().post("/referrals/" + id + "/documents").then();
    }

    public static void uploadRequired(String id) {
        for (String kind : List.of("REFERRAL_LETTER", "INVESTIGATION_REPORT", "GOODS_LIST", "APPRAISAL_REPORT")) {
            upload(officer(), id, kind, kind.toLowerCase() + ".pdf", PDF, "application/pdf").statusCode(201);
        }
    }

    public static ValidatableResponse post(String token, String id, String step, String body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post("/referrals/" + id + "/" + step).then();
    }

    /** A referral sent to the police with all its documents. */
    public String sent(UUID caseId) {
        String id = submit(caseId);
        uploadRequired(id);
        post(head(), id, "approve", null).statusCode(200);
        post(officer(), id, "send", "{\"policeDepartmentId\":\"500155-psb\"}").statusCode(200);
        return id;
    }

    /** Everything a refused command must leave untouched: the referral row, its clocks, documents, steps, events. */
    public String state(String referralId, UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery(
                "select concat_ws('|', (select concat_ws(',', status, police_department_id, court_department_id,"
                        + " version) from referral where id = cast(:id as uuid)),"
                        + " (select string_agg(concat_ws(',', kind, started_at, stopped_at, due_at,"
                        + " overdue_notified_at), ';' order by kind) from referral_clock where owner_id = cast(:id as uuid)),"
                        + " (select count(*) from referral_document where referral_id = cast(:id as uuid)),"
                        + " (select count(*) from referral_step where owner_id = cast(:id as uuid)),"
                        + " (select count(*) from outbox_event where aggregate_id = :case))")
                .setParameter("id", referralId).setParameter("case", caseId.toString()).getSingleResult()));
    }

    /** The types of the events about a case, in the order written. */
    @SuppressWarnings("unchecked")
    public List<String> eventTypes(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select type from outbox_event where aggregate_id = :case order by seq")
                .setParameter("case", caseId.toString()).getResultList());
    }

    /** Every event about the case conforms to its documented schema and carries the common fields; returns them. */
    @SuppressWarnings("unchecked")
    public List<JsonNode> assertEventsConform(UUID caseId) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select type, cast(payload as text) from outbox_event where aggregate_id = :case order by seq")
                .setParameter("case", caseId.toString()).getResultList());
        List<JsonNode> out = new ArrayList<>();
        for (Object[] row : rows) {
            String type = (String) row[0];
            JsonNode payload;
            try {
                payload = JSON.readTree((String) row[1]);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertEquals(Set.of(), EventSchemas.violations(type, payload), type);
            assertEquals(caseId.toString(), payload.get("caseId").asText(), type);
            assertEquals(DISTRICT, payload.get("district").asText(), type);
            out.add(payload);
        }
        return out;
    }

    public long count(String sql, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("id", id).getSingleResult()).longValue());
    }

    public void execute(String sql, Object id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).setParameter("id", id).executeUpdate());
    }
}
