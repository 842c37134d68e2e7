package org.ipcollab.cases.supervision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.ipcollab.cases.supervision.SupervisionFixtures.CASE_DEPARTMENT;
import static org.ipcollab.cases.supervision.SupervisionFixtures.DISTRICT;
import static org.ipcollab.cases.supervision.SupervisionFixtures.OTHER_DISTRICT;
import static org.ipcollab.cases.supervision.SupervisionFixtures.aFiledCase;
import static org.ipcollab.cases.supervision.SupervisionFixtures.aMajorCase;
import static org.ipcollab.cases.supervision.SupervisionFixtures.markBody;
import static org.ipcollab.cases.supervision.SupervisionFixtures.regulator;
import static org.ipcollab.cases.supervision.SupervisionFixtures.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ipcollab.cases.CaseServiceTestProfile;
import org.ipcollab.cases.infringement.domain.CaseMarkedMajor;
import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class MajorSupervisionResourceTest {
    static final String PATH = "/cases/%s/major-supervision";

    @Inject
    EntityManager em;

    @Inject
    MajorCases majorCases;

    static io.restassured.response.ValidatableResponse mark(String token, String caseId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(PATH.formatted(caseId)).then();
    }

    static String validBody() {
        return markBody(List.of("500155-psb", "500155-proc", "511703-psb"), "500155-psb");
    }

    @Test
    @DisplayName("a regulator of the case's department marks it major: 201, the supervision, a MARKED_MAJOR entry and"
            + " a case.marked-major event that matches its schema")
    void regulatorMarksMajor() {
        String id = aFiledCase();
        assertFalse(majorCases.isMajor(UUID.fromString(id)));
        SupervisionFixtures.Stored before = stored(em, id);

        mark(regulator(), id, validBody())
                .statusCode(201)
                .header("Location", containsString("/cases/" + id + "/major-supervision"))
                .body("caseId", equalTo(id))
                .body("major", is(true))
                .body("labelZh", equalTo("重大案件联合督办"))
                .body("departmentId", equalTo(CASE_DEPARTMENT))
                .body("supervisingDepartments.departmentId", equalTo(List.of("500155-psb", "500155-proc", "511703-psb")))
                .body("supervisingDepartments[0].role", equalTo("LEAD"))
                .body("supervisingDepartments[0].roleZh", equalTo("牵头督办"))
                .body("supervisingDepartments[1].role", equalTo("JOINT"))
                .body("supervisingDepartments[1].roleEn", equalTo("Joint supervisor"))
                .body("leadDepartment", equalTo("500155-psb"))
                .body("markedBy", equalTo("regulator@500155-amr"));

        SupervisionFixtures.Stored after = stored(em, id);
        assertEquals(new SupervisionFixtures.Stored(1, 3, 0, before.timelineEntries() + 1, before.outboxEvents() + 1),
                after);
        assertTrue(majorCases.isMajor(UUID.fromString(id)));
        assertEquals(List.of("500155-psb", "500155-proc", "511703-psb"),
                majorCases.supervisingDepartments(UUID.fromString(id)));

        given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline").then().statusCode(200)
                .body("entries[-1].action", equalTo("MARKED_MAJOR"))
                .body("entries[-1].summaryZh", containsString("列为重大案件联合督办"))
                .body("entries[-1].summaryZh", containsString("牵头：500155-psb"))
                .body("entries[-1].before.major", is(false))
                .body("entries[-1].after.major", is(true))
                .body("entries[-1].after.supervisingDepartments", hasItem("511703-psb"));
        given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline/verify").then().statusCode(200)
                .body("intact", is(true));

        List<JsonNode> events = SupervisionFixtures.payloads(em, id, CaseMarkedMajor.TYPE);
        assertEquals(1, events.size());
        JsonNode data = events.get(0);
        assertEquals(Set.of(), EventSchemas.violations(CaseMarkedMajor.TYPE, data));
        assertEquals(id, data.get("caseId").asText());
        assertEquals(DISTRICT, data.get("district").asText());
        assertEquals("500155-psb", data.get("leadDepartment").asText());
        assertEquals(3, data.get("supervisingDepartments").size());
        assertTrue(data.get("caseNumber").asText().startsWith("500155-amr-"));
    }

    @Test
    @DisplayName("an admin of the case's district marks it major, without a lead department")
    void districtAdminMarksMajor() {
        String id = aFiledCase();
        mark(Tokens.token("admin", "500155-admin", DISTRICT), id, markBody(List.of("500155-proc"), null))
                .statusCode(201)
                .body("leadDepartment", equalTo(null))
                .body("supervisingDepartments[0].role", equalTo("JOINT"))
                .body("markedBy", equalTo("admin@500155-admin"));
        JsonNode data = SupervisionFixtures.payloads(em, id, CaseMarkedMajor.TYPE).get(0);
        assertEquals(Set.of(), EventSchemas.violations(CaseMarkedMajor.TYPE, data));
        assertTrue(data.get("leadDepartment").isNull());
    }

    @Test
    @DisplayName("the case's district and the supervising departments of other districts read the supervision;"
            + " other districts get 404")
    void readers() {
        String id = aMajorCase();
        for (String token : List.of(Tokens.token("court", "500155-court", DISTRICT),
                Tokens.token("mediator", "500155-med", DISTRICT),
                Tokens.token("district-liaison", "500155-liaison", DISTRICT),
                Tokens.token("police", "511703-psb", OTHER_DISTRICT))) {
            given().auth().oauth2(token).when().get(PATH.formatted(id)).then().statusCode(200)
                    .body("caseId", equalTo(id))
                    .body("leadDepartment", equalTo("511703-psb"))
                    .body("consultations", equalTo(0));
        }
        for (String token : List.of(Tokens.token("regulator", "511703-amr", OTHER_DISTRICT),
                Tokens.token("admin", "511703-admin", OTHER_DISTRICT))) {
            given().auth().oauth2(token).when().get(PATH.formatted(id)).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        // the supervising department of another district still cannot read the case itself
        given().auth().oauth2(Tokens.token("police", "511703-psb", OTHER_DISTRICT)).when().get("/cases/" + id)
                .then().statusCode(404);
    }

    @Test
    @DisplayName("an ordinary case has no supervision: 404 problem+json, and MajorCases says it is not major")
    void notMajorIsNotFound() {
        String id = aFiledCase();
        given().auth().oauth2(regulator()).when().get(PATH.formatted(id)).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("not a major case"));
        given().auth().oauth2(regulator()).when().get(PATH.formatted(UUID.randomUUID())).then().statusCode(404)
                .contentType("application/problem+json");
        assertFalse(majorCases.isMajor(UUID.fromString(id)));
        assertEquals(List.of(), majorCases.supervisingDepartments(UUID.fromString(id)));
    }

    @Test
    @DisplayName("wrong role → 403 (police of the district, even a supervising one), and nothing changes")
    void wrongRole() {
        String id = aFiledCase();
        SupervisionFixtures.Stored before = stored(em, id);
        mark(Tokens.token("police", "500155-psb", DISTRICT), id, validBody())
                .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        mark(Tokens.token("district-liaison", "500155-liaison", DISTRICT), id, validBody())
                .statusCode(403).contentType("application/problem+json");
        assertEquals(before, stored(em, id));
    }

    @Test
    @DisplayName("wrong district → 404 as GET /cases/{id} (the case is invisible), and nothing changes")
    void wrongDistrict() {
        String id = aFiledCase();
        SupervisionFixtures.Stored before = stored(em, id);
        mark(Tokens.token("regulator", "511703-amr", OTHER_DISTRICT), id, validBody())
                .statusCode(404).contentType("application/problem+json");
        mark(Tokens.token("admin", "511703-admin", OTHER_DISTRICT), id, validBody())
                .statusCode(404).contentType("application/problem+json");
        assertEquals(before, stored(em, id));
    }

    @Test
    @DisplayName("a regulator of another department of the district → 403, and nothing changes")
    void wrongDepartment() {
        String id = aFiledCase();
        SupervisionFixtures.Stored before = stored(em, id);
        mark(Tokens.token("regulator", "500155-culture", DISTRICT), id, validBody())
                .statusCode(403).contentType("application/problem+json").body("detail", containsString("500155-amr"));
        assertEquals(before, stored(em, id));
    }

    @Test
    @DisplayName("a case that was declined (final) is not put under supervision → 409, and nothing changes")
    void finalCaseRefused() {
        String id = aFiledCase();
        given().auth().oauth2(regulator()).contentType(ContentType.JSON)
                .body("{\"reason\":\"证据不足\",\"approvalReference\":\"梁市监立审〔2026〕120号\"}")
                .when().post("/cases/" + id + "/opening-refusal").then().statusCode(200);
        SupervisionFixtures.Stored before = stored(em, id);
        mark(regulator(), id, validBody()).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("NOT_OPENED"));
        assertEquals(before, stored(em, id));
    }

    @Test
    @DisplayName("a case that is major already → 409 problem+json, and nothing changes")
    void alreadyMajor() {
        String id = aMajorCase();
        SupervisionFixtures.Stored before = stored(em, id);
        mark(regulator(), id, markBody(List.of("500155-court"), null))
                .statusCode(409).contentType("application/problem+json")
                .body("type", containsString("conflict")).body("detail", containsString("已列为重大案件"));
        assertEquals(before, stored(em, id));
        assertEquals(List.of("500155-psb", "500155-proc", "511703-psb"),
                majorCases.supervisingDepartments(UUID.fromString(id)));
    }

    @Test
    @DisplayName("invalid bodies → 422 naming the field, the case's own department → 422, malformed JSON → 400;"
            + " nothing changes")
    void invalidBodies() {
        String id = aFiledCase();
        SupervisionFixtures.Stored before = stored(em, id);
        String longReason = "理".repeat(1001);
        List<String> eleven = java.util.stream.IntStream.range(0, 11).mapToObj(i -> "5001" + (10 + i) + "-psb")
                .toList();
        record Case(String body, String field) {
        }
        for (Case c : List.of(
                new Case("{\"supervisingDepartments\":[\"500155-psb\"]}", "reason"),
                new Case("{\"reason\":\"  \",\"supervisingDepartments\":[\"500155-psb\"]}", "reason"),
                new Case("{\"reason\":\"" + longReason + "\",\"supervisingDepartments\":[\"500155-psb\"]}", "reason"),
                new Case("{\"reason\":\"重大\"}", "supervisingDepartments"),
                new Case(markBody(List.of(), null), "supervisingDepartments"),
                new Case(markBody(eleven, null), "supervisingDepartments"),
                new Case(markBody(List.of("500155-psb", "500155-psb"), null), "supervisingDepartments"),
                new Case(markBody(List.of("psb"), null), "supervisingDepartments[0]"),
                new Case(markBody(List.of("500155-psb"), "500155-proc"), "leadDepartment"))) {
            mark(regulator(), id, c.body()).statusCode(422).contentType("application/problem+json")
                    .body("violations.field", hasItem(c.field()));
        }
        mark(regulator(), id, markBody(List.of("500155-psb", CASE_DEPARTMENT), null))
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("supervisingDepartments"))
                .body("detail", containsString("本案承办部门"));
        mark(regulator(), id, "{\"reason\":").statusCode(400).contentType("application/problem+json");
        mark(regulator(), id, "{\"reason\":\"重大\",\"supervisingDepartments\":\"500155-psb\"}")
                .statusCode(400).contentType("application/problem+json");
        mark(regulator(), id, "{\"reason\":123,\"supervisingDepartments\":[\"500155-psb\"]}")
                .statusCode(400).contentType("application/problem+json");
        assertEquals(before, stored(em, id));
        assertFalse(majorCases.isMajor(UUID.fromString(id)));
    }

    @Test
    @DisplayName("an unknown case → 404 problem+json")
    void unknownCase() {
        mark(regulator(), UUID.randomUUID().toString(), validBody()).statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @DisplayName("every example of the two new schemas is a valid payload of its own schema")
    void schemaExamplesAreValid() {
        for (String type : List.of(CaseMarkedMajor.TYPE,
                org.ipcollab.cases.infringement.domain.ConsultationRecorded.TYPE)) {
            for (JsonNode example : EventSchemas.examples(type)) {
                assertEquals(Set.of(), EventSchemas.violations(type, example), type);
            }
        }
    }
}
