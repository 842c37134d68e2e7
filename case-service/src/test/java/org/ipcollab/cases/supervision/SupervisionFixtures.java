package org.ipcollab.cases.supervision;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.ipcollab.cases.CaseBodies;
import org.ipcollab.testsupport.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/** A filed case, a major case, and what is stored for a case, for the supervision REST tests. */
final class SupervisionFixtures {
    static final String DISTRICT = "500155";
    static final String CASE_DEPARTMENT = "500155-amr";
    static final String OTHER_DISTRICT = "511703";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SupervisionFixtures() {
    }

    static String regulator() {
        return Tokens.token("regulator", CASE_DEPARTMENT, DISTRICT);
    }

    /** Files a case through {@code POST /cases} as the 梁平区 market-regulation officer; returns its id. */
    static String aFiledCase() {
        return given().auth().oauth2(regulator()).contentType(ContentType.JSON)
                .body(CaseBodies.minimal("TRADEMARK", "跨区域销售假冒“梁平柚”注册商标包装的柚子", DISTRICT,
                        "重庆某某商贸有限公司", "91500155MA60E6XU89"))
                .post("/cases").then().statusCode(201).extract().path("id");
    }

    static String markBody(List<String> supervisors, String lead) {
        String list = String.join(",", supervisors.stream().map(d -> "\"" + d + "\"").toList());
        return """
                {"reason":"涉案金额巨大，销售网络跨重庆、四川两地","supervisingDepartments":[%s]%s}"""
                .formatted(list, lead == null ? "" : ",\"leadDepartment\":\"" + lead + "\"");
    }

    /** A case marked major, supervised by 梁平区 police and procuratorate and 达川区 police (the lead). */
    static String aMajorCase() {
        String id = aFiledCase();
        given().auth().oauth2(regulator()).contentType(ContentType.JSON)
                .body(markBody(List.of("500155-psb", "500155-proc", "511703-psb"), "511703-psb"))
                .post("/cases/" + id + "/major-supervision").then().statusCode(201);
        return id;
    }

    /** Rows this feature, the record and the outbox hold for one case; equal before and after a refusal. */
    record Stored(long supervisions, long supervisingDepartments, long consultations, long timelineEntries,
            long outboxEvents) {
    }

    static Stored stored(EntityManager em, String caseId) {
        UUID id = UUID.fromString(caseId);
        return QuarkusTransaction.requiringNew().call(() -> new Stored(
                count(em, "select count(*) from major_case_supervision where case_id = :id", id),
                count(em, "select count(*) from major_case_supervising_department where case_id = :id", id),
                count(em, "select count(*) from case_consultation where case_id = :id", id),
                count(em, "select count(*) from case_timeline_entry where case_id = :id", id),
                count(em, "select count(*) from outbox_event where aggregate_id = :id", caseId)));
    }

    private static long count(EntityManager em, String sql, Object id) {
        return ((Number) em.createNativeQuery(sql).setParameter("id", id).getSingleResult()).longValue();
    }

    /** The payloads of the case's outbox rows of {@code type}, oldest first. */
    static List<JsonNode> payloads(EntityManager em, String caseId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> rows = em.createNativeQuery("select cast(payload as text) from outbox_event"
                    + " where aggregate_id = :id and type = :type order by seq")
                    .setParameter("id", caseId).setParameter("type", type).getResultList();
            return rows.stream().map(SupervisionFixtures::tree).toList();
        });
    }

    private static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
