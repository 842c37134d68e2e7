package org.ipcollab.cases.supervision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.ipcollab.cases.supervision.SupervisionFixtures.DISTRICT;
import static org.ipcollab.cases.supervision.SupervisionFixtures.OTHER_DISTRICT;
import static org.ipcollab.cases.supervision.SupervisionFixtures.aFiledCase;
import static org.ipcollab.cases.supervision.SupervisionFixtures.aMajorCase;
import static org.ipcollab.cases.supervision.SupervisionFixtures.regulator;
import static org.ipcollab.cases.supervision.SupervisionFixtures.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ipcollab.cases.CaseServiceTestProfile;
import org.ipcollab.cases.infringement.domain.ConsultationRecorded;
import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class ConsultationResourceTest {
    static final String PATH = "/cases/%s/consultations";

    @Inject
    EntityManager em;

    static ValidatableResponse record(String token, String caseId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(PATH.formatted(caseId)).then();
    }

    /** A consultation held an hour ago by 梁平区 market regulation and police, with one follow-up. */
    static String body(Instant heldAt, String participants, String followUps) {
        return """
                {"heldAt":"%s","topic":"研究案件是否达到刑事立案追诉标准",
                 "participants":%s,
                 "conclusions":"非法经营额已超过5万元，达到入罪标准，由市场监管局3日内移送公安机关",
                 "followUps":%s}""".formatted(heldAt, participants, followUps);
    }

    static final String TWO_DEPARTMENTS = """
            [{"departmentId":"500155-amr","name":"李某","role":"科长"},
             {"departmentId":"500155-psb","name":"王某","role":"经侦大队副大队长"},
             {"departmentId":"511703-psb","name":"赵某","role":"民警"}]""";
    static final String ONE_FOLLOW_UP = """
            [{"action":"制作移送书并移送涉案物品清单","responsibleDepartment":"500155-amr","dueDate":"2099-12-31"}]""";

    static String validBody() {
        return body(Instant.now().minus(1, ChronoUnit.HOURS), TWO_DEPARTMENTS, ONE_FOLLOW_UP);
    }

    @Test
    @DisplayName("a regulator of the case's department records a consultation: 201, a CONSULTATION_RECORDED entry and"
            + " a case.consultation-recorded event that matches its schema")
    void regulatorRecords() {
        String id = aMajorCase();
        SupervisionFixtures.Stored before = stored(em, id);

        String consultationId = record(regulator(), id, validBody())
                .statusCode(201)
                .header("Location", containsString("/cases/" + id + "/consultations/"))
                .body("caseId", equalTo(id))
                .body("labelZh", equalTo("重大案件会商"))
                .body("participants", hasSize(3))
                .body("departments", equalTo(List.of("500155-amr", "500155-psb", "511703-psb")))
                .body("followUps[0].dueDate", equalTo("2099-12-31"))
                .body("recordedByDepartment", equalTo("500155-amr"))
                .extract().path("id");

        SupervisionFixtures.Stored after = stored(em, id);
        assertEquals(new SupervisionFixtures.Stored(1, 3, 1, before.timelineEntries() + 1, before.outboxEvents() + 1),
                after);
        given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline").then().statusCode(200)
                .body("entries[-1].action", equalTo("CONSULTATION_RECORDED"))
                .body("entries[-1].summaryZh", containsString("记录重大案件会商"))
                .body("entries[-1].summaryZh", containsString("参会部门 500155-amr、500155-psb、511703-psb"))
                .body("entries[-1].before", equalTo(null))
                .body("entries[-1].after.id", equalTo(consultationId));
        given().auth().oauth2(regulator()).when().get(PATH.formatted(id) + "/" + consultationId).then()
                .statusCode(200).body("topic", containsString("追诉标准"));

        List<JsonNode> events = SupervisionFixtures.payloads(em, id, ConsultationRecorded.TYPE);
        assertEquals(1, events.size());
        JsonNode data = events.get(0);
        assertEquals(Set.of(), EventSchemas.violations(ConsultationRecorded.TYPE, data));
        assertEquals(consultationId, data.get("consultationId").asText());
        assertEquals(DISTRICT, data.get("district").asText());
        assertEquals("2099-12-31", data.at("/followUps/0/dueDate").asText());
    }

    @Test
    @DisplayName("a member of a supervising department of another district records one, without follow-ups;"
            + " the list shows both in the order held")
    void supervisingDepartmentRecords() {
        String id = aMajorCase();
        String police = Tokens.token("police", "511703-psb", OTHER_DISTRICT);
        record(regulator(), id, body(Instant.now().minus(2, ChronoUnit.DAYS), TWO_DEPARTMENTS, "[]"))
                .statusCode(201);
        String later = """
                {"heldAt":"%s","topic":"跨区协查进展","participants":[
                  {"departmentId":"511703-psb","name":"赵某","role":"民警"},
                  {"departmentId":"500155-proc","name":"陈某","role":"检察官"}],
                 "conclusions":"继续协查上游供货商"}""".formatted(Instant.now().minus(1, ChronoUnit.MINUTES));
        record(police, id, later).statusCode(201).body("followUps", hasSize(0))
                .body("recordedBy", equalTo("police@511703-psb"));

        JsonNode data = SupervisionFixtures.payloads(em, id, ConsultationRecorded.TYPE).get(1);
        assertEquals(Set.of(), EventSchemas.violations(ConsultationRecorded.TYPE, data));
        assertEquals("511703-psb", data.get("recordedByDepartment").asText());

        for (String reader : List.of(police, regulator(), Tokens.token("court", "500155-court", DISTRICT))) {
            given().auth().oauth2(reader).when().get(PATH.formatted(id)).then().statusCode(200)
                    .body("consultations", hasSize(2))
                    .body("consultations[0].topic", containsString("追诉标准"))
                    .body("consultations[1].topic", equalTo("跨区协查进展"));
        }
        given().auth().oauth2(regulator()).when().get("/cases/" + id + "/major-supervision").then()
                .statusCode(200).body("consultations", equalTo(2));
        given().auth().oauth2(Tokens.token("police", "511724-psb", "511724")).when().get(PATH.formatted(id)).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    @DisplayName("an ordinary case → 409 for the case's regulator, 404 for its list; nothing changes")
    void notMajor() {
        String id = aFiledCase();
        SupervisionFixtures.Stored before = stored(em, id);
        record(regulator(), id, validBody()).statusCode(409).contentType("application/problem+json")
                .body("type", containsString("conflict")).body("detail", containsString("not a major case"));
        given().auth().oauth2(regulator()).when().get(PATH.formatted(id)).then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(before, stored(em, id));
    }

    @Test
    @DisplayName("wrong role or department → 403: the district's court, admin or a non-supervising regulator;"
            + " nothing changes")
    void wrongRoleOrDepartment() {
        String id = aMajorCase();
        SupervisionFixtures.Stored before = stored(em, id);
        for (String token : List.of(Tokens.token("court", "500155-court", DISTRICT),
                Tokens.token("admin", "500155-admin", DISTRICT),
                Tokens.token("regulator", "500155-culture", DISTRICT),
                Tokens.token("police", "500155-amr", DISTRICT))) { // right department, but not a regulator
            record(token, id, validBody()).statusCode(403).contentType("application/problem+json");
        }
        // not a major case and not the case's regulator: 403 before 409
        String ordinary = aFiledCase();
        SupervisionFixtures.Stored ordinaryBefore = stored(em, ordinary);
        record(Tokens.token("police", "500155-psb", DISTRICT), ordinary, validBody()).statusCode(403);
        assertEquals(before, stored(em, id));
        assertEquals(ordinaryBefore, stored(em, ordinary));
    }

    @Test
    @DisplayName("another district's department that does not supervise the case → 404; nothing changes")
    void wrongDistrict() {
        String id = aMajorCase();
        SupervisionFixtures.Stored before = stored(em, id);
        record(Tokens.token("regulator", "511703-amr", OTHER_DISTRICT), id, validBody()).statusCode(404)
                .contentType("application/problem+json");
        record(regulator(), UUID.randomUUID().toString(), validBody()).statusCode(404);
        assertEquals(before, stored(em, id));
    }

    @Test
    @DisplayName("invalid consultations → 422 naming the field, malformed JSON → 400; nothing changes")
    void invalidBodies() {
        String id = aMajorCase();
        SupervisionFixtures.Stored before = stored(em, id);
        Instant past = Instant.now().minus(1, ChronoUnit.HOURS);
        String oneDepartment = """
                [{"departmentId":"500155-psb","name":"王某","role":"科长"},
                 {"departmentId":"500155-psb","name":"赵某","role":"民警"}]""";
        record Case(String body, String field) {
        }
        for (Case c : List.of(
                new Case(body(Instant.now().plus(1, ChronoUnit.DAYS), TWO_DEPARTMENTS, "[]"), "heldAt"),
                new Case(body(past, oneDepartment, "[]"), "participants"),
                new Case(body(past, "[{\"departmentId\":\"500155-psb\",\"name\":\"王某\",\"role\":\"科长\"}]", "[]"),
                        "participants"),
                new Case(body(past, TWO_DEPARTMENTS.replace("\"科长\"", "\"\""), "[]"), "participants[0].role"),
                new Case(body(past, TWO_DEPARTMENTS.replace("\"500155-amr\"", "\"amr\""), "[]"),
                        "participants[0].departmentId"),
                new Case(body(past, TWO_DEPARTMENTS, ONE_FOLLOW_UP.replace("2099-12-31", "2020-01-01")),
                        "followUps[0].dueDate"),
                new Case(body(past, TWO_DEPARTMENTS, "[{\"action\":\"补充证据\",\"dueDate\":\"2099-01-01\"}]"),
                        "followUps[0].responsibleDepartment"),
                new Case(body(past, TWO_DEPARTMENTS, "[]").replace(
                        "\"conclusions\":\"非法经营额已超过5万元，达到入罪标准，由市场监管局3日内移送公安机关\"",
                        "\"conclusions\":\" \""), "conclusions"),
                new Case("{\"topic\":\"议题\",\"participants\":" + TWO_DEPARTMENTS + ",\"conclusions\":\"结论\"}",
                        "heldAt"),
                new Case("{\"heldAt\":\"" + past + "\",\"participants\":" + TWO_DEPARTMENTS
                        + ",\"conclusions\":\"结论\"}", "topic"))) {
            record(regulator(), id, c.body()).statusCode(422).contentType("application/problem+json")
                    .body("violations.field", hasItem(c.field()));
        }
        record(regulator(), id, body(past, TWO_DEPARTMENTS, "[]").replace(past.toString(), "yesterday"))
                .statusCode(400).contentType("application/problem+json");
        record(regulator(), id, body(past, TWO_DEPARTMENTS, ONE_FOLLOW_UP.replace("2099-12-31", "31/12/2099")))
                .statusCode(400).contentType("application/problem+json");
        record(regulator(), id, "{").statusCode(400).contentType("application/problem+json");
        assertEquals(before, stored(em, id));
    }
}
