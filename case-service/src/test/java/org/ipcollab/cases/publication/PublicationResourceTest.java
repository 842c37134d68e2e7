package org.ipcollab.cases.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ipcollab.cases.CaseBodies;
import org.ipcollab.cases.CaseServiceTestProfile;
import org.ipcollab.cases.infringement.domain.ResidentIdNumber;
import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * 行政处罚信息公示 over REST against the real PostgreSQL: a person's case walked to its decision, published, read
 * without a token (no ID number, phone or address), revoked and withdrawn; a minor's case refused; every refusal
 * changes nothing.
 */
@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class PublicationResourceTest {
    static final String DISTRICT = "500155";
    static final String DEPT = "500155-amr";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PHONE = "13812345678";
    static final String ADDRESS = "重庆市梁平区双桂街道某某路18号3单元502室";
    static final String OPEN = "{\"approvalReference\":\"梁市监立审〔2026〕118号\"}";
    static final String FINISH = "{\"reportSummary\":\"查明当事人销售假冒注册商标的白酒\",\"complex\":false}";

    @Inject
    EntityManager em;

    static String regulator() {
        return Tokens.token("regulator", DEPT, DISTRICT);
    }

    static ValidatableResponse post(String token, String id, String path, String body) {
        var request = token == null ? given() : given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post("/cases/" + id + "/" + path).then();
    }

    static String file(String body) {
        return given().auth().oauth2(regulator()).contentType(ContentType.JSON).body(body).when().post("/cases")
                .then().statusCode(201).extract().path("id");
    }

    static String decision(String measuresAndFine, String reasons) {
        return """
                {"outcome":"PENALTY",%s,"documentNumber":"梁市监处罚〔2026〕%d号","reasons":"%s"}"""
                .formatted(measuresAndFine, 300 + (int) (Math.random() * 600), reasons);
    }

    static final String PERSON_REASONS = "当事人张某某（身份证号" + CaseBodies.PERSON_ID + "，联系电话" + PHONE + "，住"
            + ADDRESS + "）于2026年10月在其摊位销售假冒注册商标的白酒120瓶，违法经营额9588元，违反《商标法》第五十七条第三项";

    /** A person's case (with an ID number) walked to DECIDED: fine ¥20,000, reasons naming ID, phone and address. */
    String aDecidedPersonCase(String idNumber) {
        String id = file(CaseBodies.aPersonSellingFakes(DISTRICT, idNumber));
        post(regulator(), id, "opening", OPEN).statusCode(200);
        post(regulator(), id, "investigation-report", FINISH).statusCode(200);
        post(regulator(), id, "decision", decision(
                "\"measures\":[\"FINE\",\"ORDER_TO_STOP\",\"CONFISCATE_GOODS\"],\"fine\":\"20000.00\"",
                PERSON_REASONS)).statusCode(200).body("status", equalTo("DECIDED"));
        return id;
    }

    String aDecidedOrganisationCase(String measuresAndFine) {
        String id = file(CaseBodies.minimal("TRADEMARK", "销售假冒注册商标的柚子", DISTRICT, "重庆某某商贸有限公司",
                "91500155MA60E6XU89"));
        post(regulator(), id, "opening", OPEN).statusCode(200);
        post(regulator(), id, "investigation-report", FINISH).statusCode(200);
        post(regulator(), id, "decision", decision(measuresAndFine, "销售假冒注册商标的柚子，门店电话023-45678901"))
                .statusCode(200);
        return id;
    }

    long count(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("id", id).getSingleResult()).longValue());
    }

    /** Timeline entries, outbox rows, publication and revocation rows of a case, and its clocks' stop times. */
    List<Long> footprint(String id) {
        return List.of(count("select count(*) from case_timeline_entry where case_id = cast(:id as uuid)", id),
                count("select count(*) from outbox_event where aggregate_id = :id", id),
                count("select count(*) from decision_publication where case_id = cast(:id as uuid)", id),
                count("select count(*) from decision_publication where case_id = cast(:id as uuid)"
                        + " and withdrawn_at is not null", id),
                count("select count(*) from decision_revocation where case_id = cast(:id as uuid)", id),
                count("select count(*) from case_clock where case_id = cast(:id as uuid) and stopped_at is null", id),
                count("select count(*) from case_clock where case_id = cast(:id as uuid)", id));
    }

    void assertEvent(String id, String type, int expected) {
        List<String> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(payload as text) from outbox_event where aggregate_id = :id and type = :type",
                String.class).setParameter("id", id).setParameter("type", type).getResultList());
        assertEquals(expected, rows.size(), type);
        for (String row : rows) {
            try {
                JsonNode data = JSON.readTree(row);
                assertEquals(Set.of(), EventSchemas.violations(type, data), type + " " + row);
                assertFalse(row.contains(CaseBodies.PERSON_ID), "no ID number in " + type);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    String clockStatus(String id, String kind) {
        return given().auth().oauth2(regulator()).when().get("/cases/" + id).then().statusCode(200).extract()
                .path("progress.clocks.find { it.kind == '" + kind + "' }.status");
    }

    @Test
    @DisplayName("a person's decision is published; the public text, read without a token, has no ID number, phone or "
            + "address of the person")
    void publishedWithoutPersonalInformation() {
        String id = aDecidedPersonCase(CaseBodies.PERSON_ID);
        assertEquals("RUNNING", clockStatus(id, "PUBLICATION"));

        String location = post(regulator(), id, "publication", null).statusCode(201)
                .header("Location", containsString("/public/decisions/"))
                .body("onTime", equalTo(true))
                .body("smallFine", equalTo(false))
                .body("withdrawnAt", nullValue())
                .body("publicText.reasons", containsString("[已隐去]"))
                .extract().header("Location");
        String publicationId = location.substring(location.lastIndexOf('/') + 1);
        assertEquals("DONE_ON_TIME", clockStatus(id, "PUBLICATION"));

        String body = given().when().get("/public/decisions/" + publicationId).then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("publicationId", equalTo(publicationId))
                .body("headingZh", equalTo("行政处罚决定信息公示"))
                .body("party.kind", equalTo("PERSON"))
                .body("party.kindZh", notNullValue())
                .body("party.kindEn", notNullValue())
                .body("party.name", equalTo("张某某"))
                .body("party.creditCode", nullValue())
                .body("fine", equalTo("20000.00"))
                .body("measures.code", hasItem("FINE"))
                .body("measures.labelZh", hasItem("罚款"))
                .body("act.code", equalTo("SELLING_GOODS_WITH_COUNTERFEIT_MARK"))
                .body("department", equalTo(DEPT))
                .body("caseNumber", notNullValue())
                .body("reasons", containsString("销售假冒注册商标的白酒120瓶"))
                .body("reasons", containsString("违法经营额9588元"))
                .extract().asString();
        assertFalse(body.contains(CaseBodies.PERSON_ID), body);
        assertFalse(body.contains(CaseBodies.PERSON_ID_MASKED), body);
        assertFalse(body.contains("409X"), body);
        assertFalse(body.contains(PHONE), body);
        assertFalse(body.contains(ADDRESS), body);
        assertFalse(body.contains("某某路18号"), body);
        assertFalse(body.contains("502室"), body);
        assertFalse(body.contains("amr-officer"), "no officer ids: " + body);
        assertFalse(body.contains(id), "no internal case id: " + body);

        given().when().get("/public/decisions?district=" + DISTRICT + "&size=100").then().statusCode(200)
                .body("items.publicationId", hasItem(publicationId));
        given().when().get("/public/decisions?district=511703").then().statusCode(200)
                .body("items.publicationId", not(hasItem(publicationId)));
        given().when().get("/public/decisions?size=100").then().statusCode(200)
                .body("items.publicationId", hasItem(publicationId));

        assertEvent(id, "org.ipcollab.case.decision-published.v1", 1);
        given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline").then().statusCode(200)
                .body("entries.action", hasItem("DECISION_PUBLISHED"));
        given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline/verify").then()
                .body("intact", equalTo(true));

        // published once
        List<Long> before = footprint(id);
        post(regulator(), id, "publication", null).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already published"));
        assertEquals(before, footprint(id));
    }

    @Test
    @DisplayName("a minor's case gets no publication clock and publishing it is refused (409), changing nothing")
    void minorNeverPublished() {
        String first17 = "50015520120501001"; // born 2012-05-01: 14 at the act
        String minor = first17 + ResidentIdNumber.checkCharacter(first17);
        String id = aDecidedPersonCase(minor);
        given().auth().oauth2(regulator()).when().get("/cases/" + id).then().statusCode(200)
                .body("progress.clocks.kind", not(hasItem("PUBLICATION")));
        given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline").then().statusCode(200)
                .body("entries.find { it.action == 'DECIDED' }.summaryZh", containsString("不予公示"));
        List<Long> before = footprint(id);
        post(regulator(), id, "publication", null).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("未成年人"));
        assertEquals(before, footprint(id));
        assertEquals(0L, before.get(2));
    }

    @Test
    @DisplayName("a small fine is shown 3 months; after the decision is revoked the publication is withdrawn within 3 "
            + "working days and the public endpoints stop showing it at once")
    void revokedAndWithdrawn() {
        String id = aDecidedOrganisationCase("\"measures\":[\"FINE\"],\"fine\":\"2000.00\"");
        String publicationId = post(regulator(), id, "publication", null).statusCode(201)
                .body("smallFine", equalTo(true))
                .body("publicText.party.creditCode", equalTo("91500155MA60E6XU89"))
                .body("publicText.party.name", equalTo("重庆某某商贸有限公司"))
                .body("publicText.reasons", not(containsString("45678901")))
                .extract().path("publicationId");
        Instant until = Instant.parse(given().when().get("/public/decisions/" + publicationId).then()
                .statusCode(200).extract().path("displayUntil"));
        Duration shown = Duration.between(Instant.now(), until);
        assertTrue(shown.toDays() >= 88 && shown.toDays() <= 93, "about 3 months: " + shown);

        // withdrawal before any revocation: refused
        List<Long> before = footprint(id);
        post(regulator(), id, "publication/withdrawal", "{\"reason\":\"x\"}").statusCode(409)
                .contentType("application/problem+json");
        assertEquals(before, footprint(id));

        post(regulator(), id, "decision/revocation",
                "{\"kind\":\"REVOKED\",\"reason\":\"复议机关撤销原处罚决定\",\"reference\":\"梁府复决〔2026〕12号\"}")
                .statusCode(201)
                .body("wasPublished", equalTo(true))
                .body("kindZh", equalTo("撤销"))
                .body("withdrawalDueDate", notNullValue());
        assertEquals("RUNNING", clockStatus(id, "PUBLICATION_WITHDRAWAL"));
        assertEvent(id, "org.ipcollab.case.decision-revoked.v1", 1);
        before = footprint(id);
        post(regulator(), id, "decision/revocation",
                "{\"kind\":\"CHANGED\",\"reason\":\"再次\",\"reference\":\"梁府复决〔2026〕13号\"}").statusCode(409)
                .contentType("application/problem+json");
        assertEquals(before, footprint(id));

        post(regulator(), id, "publication/withdrawal", "{\"reason\":\"原处罚决定已被撤销\"}").statusCode(200)
                .body("withdrawnAt", notNullValue())
                .body("withdrawalReason", equalTo("原处罚决定已被撤销"));
        assertEquals("DONE_ON_TIME", clockStatus(id, "PUBLICATION_WITHDRAWAL"));
        assertEvent(id, "org.ipcollab.case.publication-withdrawn.v1", 1);
        given().when().get("/public/decisions/" + publicationId).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/public/decisions?size=100").then().statusCode(200)
                .body("items.publicationId", not(hasItem(publicationId)));
        before = footprint(id);
        post(regulator(), id, "publication/withdrawal", "{\"reason\":\"again\"}").statusCode(409);
        assertEquals(before, footprint(id));
        given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline").then()
                .body("entries.action", hasItem("DECISION_REVOKED"))
                .body("entries.action", hasItem("PUBLICATION_WITHDRAWN"));
    }

    @Test
    @DisplayName("a decision revoked before it was published is no longer owed and cannot be published")
    void revokedBeforePublication() {
        String id = aDecidedOrganisationCase("\"measures\":[\"FINE\"],\"fine\":\"50000.00\"");
        post(regulator(), id, "decision/revocation",
                "{\"kind\":\"CHANGED\",\"reason\":\"自行纠正\",\"reference\":\"梁市监变〔2026〕2号\"}").statusCode(201)
                .body("wasPublished", equalTo(false))
                .body("withdrawalDueDate", nullValue());
        assertEvent(id, "org.ipcollab.case.decision-revoked.v1", 1);
        List<Long> before = footprint(id);
        post(regulator(), id, "publication", null).statusCode(409);
        assertEquals(before, footprint(id));
    }

    @Test
    @DisplayName("refused: no token 401, wrong role or department 403, other district 404, wrong state or a warning "
            + "alone 409, bad bodies 400/422 — each with problem+json and nothing changed")
    void refusals() {
        String filed = file(CaseBodies.minimal("TRADEMARK", "销售假冒注册商标的柚子", DISTRICT, "重庆某某商贸有限公司",
                "91500155MA60E6XU89"));
        String decided = aDecidedOrganisationCase("\"measures\":[\"FINE\"],\"fine\":\"8000.00\"");
        String warning = aDecidedOrganisationCase("\"measures\":[\"WARNING\"]");
        List<Long> filedBefore = footprint(filed);
        List<Long> decidedBefore = footprint(decided);
        List<Long> warningBefore = footprint(warning);

        post(null, decided, "publication", null).statusCode(401).contentType("application/problem+json");
        post(Tokens.token("police", "500155-psb", DISTRICT), decided, "publication", null).statusCode(403)
                .contentType("application/problem+json");
        post(Tokens.token("regulator", "500155-culture", DISTRICT), decided, "publication", null).statusCode(403)
                .contentType("application/problem+json");
        post(Tokens.token("regulator", "511703-amr", "511703"), decided, "publication", null).statusCode(404)
                .contentType("application/problem+json");
        post(regulator(), filed, "publication", null).statusCode(409).contentType("application/problem+json");
        post(regulator(), warning, "publication", null).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("warning"));
        post(regulator(), "6b1f4c1e-0000-4000-8000-000000000000", "publication", null).statusCode(404);

        String revoke = "{\"kind\":\"REVOKED\",\"reason\":\"撤销\",\"reference\":\"梁府复决〔2026〕1号\"}";
        post(Tokens.token("court", "500155-court", DISTRICT), decided, "decision/revocation", revoke)
                .statusCode(403).contentType("application/problem+json");
        post(Tokens.token("regulator", "500155-culture", DISTRICT), decided, "decision/revocation", revoke)
                .statusCode(403);
        post(Tokens.token("regulator", "511703-amr", "511703"), decided, "decision/revocation", revoke)
                .statusCode(404);
        post(regulator(), filed, "decision/revocation", revoke).statusCode(409)
                .contentType("application/problem+json");
        post(regulator(), decided, "decision/revocation", "{\"kind\":\"REVOKED\",\"reason\":\"x\"}").statusCode(422)
                .contentType("application/problem+json").body("violations.field", hasItem("reference"));
        post(regulator(), decided, "decision/revocation", "{\"kind\":\"ANNULLED\",\"reason\":\"x\",\"reference\":\"y\"}")
                .statusCode(400).contentType("application/problem+json");
        post(regulator(), decided, "decision/revocation", "{\"kind\":").statusCode(400);
        post(Tokens.token("police", "500155-psb", DISTRICT), decided, "publication/withdrawal", "{\"reason\":\"x\"}")
                .statusCode(403);
        post(regulator(), decided, "publication/withdrawal", "{}").statusCode(422);

        given().when().get("/public/decisions?district=abc").then().statusCode(422)
                .contentType("application/problem+json");
        given().when().get("/public/decisions/6b1f4c1e-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");

        assertEquals(filedBefore, footprint(filed));
        assertEquals(decidedBefore, footprint(decided));
        assertEquals(warningBefore, footprint(warning));
    }

    @Test
    @DisplayName("the three publication event schemas have examples that are valid against them")
    void schemaExamples() {
        for (String type : List.of("org.ipcollab.case.decision-published.v1", "org.ipcollab.case.decision-revoked.v1",
                "org.ipcollab.case.publication-withdrawn.v1")) {
            assertFalse(EventSchemas.examples(type).isEmpty(), type);
            for (JsonNode example : EventSchemas.examples(type)) {
                assertEquals(Set.of(), EventSchemas.violations(type, example), type + " " + example);
            }
        }
    }
}
