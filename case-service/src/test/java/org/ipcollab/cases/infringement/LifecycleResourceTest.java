package org.ipcollab.cases.infringement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.ipcollab.cases.CaseBodies;
import org.ipcollab.cases.CaseServiceTestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ipcollab.testsupport.CloudEventsTestRecords;
import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The lifecycle over REST against the real PostgreSQL: every allowed transition, and each forbidden one (wrong role,
 * district, department, state, missing field) refused with problem+json and nothing changed.
 */
@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class LifecycleResourceTest {
    static final String DISTRICT = "500155";
    static final String DEPT = "500155-amr";
    static final String CREDIT_CODE = "91500155MA60E6XU89";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    OverdueClocks overdueClocks;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String regulator() {
        return Tokens.token("regulator", DEPT, DISTRICT);
    }

    static String fileCase(String body) {
        return given().auth().oauth2(regulator()).contentType(ContentType.JSON).body(body)
                .when().post("/cases").then().statusCode(201).extract().path("id");
    }

    static String aSmallCase() {
        return fileCase(CaseBodies.minimal("TRADEMARK", "销售假冒注册商标的柚子", DISTRICT, "重庆某某商贸有限公司",
                CREDIT_CODE));
    }

    /** 1,000 bottles sold at ¥79.90 = ¥79,900: meets the art 214 threshold (¥50,000). */
    static String aCaseOverTheThreshold() {
        return fileCase("""
                {"ipKind":"TRADEMARK","title":"批量销售假冒注册商标的白酒","district":"500155","clueSource":"COMPLAINT_12315",
                 "act":"SELLING_GOODS_WITH_COUNTERFEIT_MARK",
                 "infringer":{"kind":"ORGANISATION","name":"重庆某某商贸有限公司","creditCode":"91500155MA60E6XU89"},
                 "goods":[{"name":"假冒某品牌白酒 500ml","unit":"瓶","quantitySold":1000,"actualSalePrice":"79.90"}],
                 "officers":["amr-officer-01","amr-officer-02"],
                 "facts":{"actDate":"2026-10-02"}}""");
    }

    static ValidatableResponse post(String token, String id, String path, String body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post("/cases/" + id + "/" + path).then();
    }

    static final String OPEN = "{\"approvalReference\":\"梁市监立审〔2026〕118号\"}";
    static final String FINISH = "{\"reportSummary\":\"查明当事人销售假冒注册商标的柚子\",\"complex\":false}";
    static final String FINE = """
            {"outcome":"PENALTY","measures":["FINE","ORDER_TO_STOP","CONFISCATE_GOODS"],"fine":"20000.00",
             "documentNumber":"梁市监处罚〔2026〕207号","reasons":"销售明知是假冒注册商标的商品"}""";

    long count(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("id", id).getSingleResult()).longValue());
    }

    long timelineEntries(String id) {
        return count("select count(*) from case_timeline_entry where case_id = cast(:id as uuid)", id);
    }

    long outboxRows(String id) {
        return count("select count(*) from outbox_event where aggregate_id = :id", id);
    }

    String status(String id) {
        return given().auth().oauth2(regulator()).when().get("/cases/" + id).then().statusCode(200).extract()
                .path("status");
    }

    JsonNode payload(String id, String type) {
        String text = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select cast(payload as text) from outbox_event where aggregate_id = :id and type = :type")
                .setParameter("id", id).setParameter("type", type).getSingleResult());
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void assertPublishedAndValid(String id, String type) {
        assertEquals(Set.of(), EventSchemas.violations(type, payload(id, type)), type);
    }

    @Test
    @DisplayName("file → open → finish → decide → close: each step answers the new status, its clocks, an event and a "
            + "record entry")
    void walkWithoutLegalReview() {
        String id = aSmallCase();
        given().auth().oauth2(regulator()).when().get("/cases/" + id).then().statusCode(200)
                .body("status", equalTo("FILED"))
                .body("progress.clocks.kind", hasItem("OPEN_DECISION"))
                .body("progress.clocks[0].status", equalTo("RUNNING"))
                .body("progress.clocks[0].dueDate", notNullValue())
                .body("progress.allowedTransitions.code", hasItems("OPEN", "DECLINE_TO_OPEN"))
                .body("progress.referralRequired", equalTo(false));

        post(regulator(), id, "opening", OPEN).statusCode(200)
                .body("status", equalTo("INVESTIGATING"))
                .body("statusZh", equalTo("已立案调查"))
                .body("progress.openedAt", notNullValue())
                .body("progress.clocks.find { it.kind == 'OPEN_DECISION' }.status", equalTo("DONE_ON_TIME"))
                .body("progress.clocks.find { it.kind == 'CONCLUDE' }.status", equalTo("RUNNING"))
                .body("progress.clocks.find { it.kind == 'CONCLUDE' }.ruleId", equalTo("case.conclude"))
                .body("progress.clocks.find { it.kind == 'CONCLUDE' }.provisional", notNullValue());
        assertPublishedAndValid(id, "org.ipcollab.case.opened.v1");

        post(regulator(), id, "investigation-report", FINISH).statusCode(200)
                .body("status", equalTo("AWAITING_DECISION"));
        assertPublishedAndValid(id, "org.ipcollab.case.investigation-finished.v1");

        post(regulator(), id, "decision", FINE).statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("progress.decision.fine", equalTo("20000.00"))
                .body("progress.decision.measures.code", hasItems("FINE", "ORDER_TO_STOP"));
        assertPublishedAndValid(id, "org.ipcollab.case.decided.v1");

        post(regulator(), id, "closure", "{\"summary\":\"罚款已缴清，侵权商品已没收销毁\"}").statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("progress.closedAt", notNullValue())
                .body("progress.clocks.find { it.kind == 'CONCLUDE' }.status", equalTo("DONE_ON_TIME"))
                .body("progress.allowedTransitions", org.hamcrest.Matchers.empty());
        assertPublishedAndValid(id, "org.ipcollab.case.closed.v1");

        given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline").then().statusCode(200)
                .body("entries.action", hasItems("CASE_FILED", "CASE_OPENED", "INVESTIGATION_FINISHED", "DECIDED",
                        "CLOSED"));
        given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline/verify").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    @DisplayName("complex case: legal review by someone who is not a handling officer; suspension and resumption")
    void legalReviewAndSuspension() {
        String id = aSmallCase();
        post(regulator(), id, "opening", OPEN).statusCode(200);
        post(regulator(), id, "suspension", "{\"reason\":\"等待权利人出具鉴定意见\"}").statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("progress.suspendedFrom", equalTo("INVESTIGATING"))
                .body("progress.clocks.find { it.kind == 'CONCLUDE' }.status", equalTo("PAUSED"));
        assertPublishedAndValid(id, "org.ipcollab.case.suspended.v1");
        post(regulator(), id, "resumption", "{\"note\":\"鉴定意见已出具\"}").statusCode(200)
                .body("status", equalTo("INVESTIGATING"));
        assertPublishedAndValid(id, "org.ipcollab.case.resumed.v1");

        post(regulator(), id, "investigation-report", "{\"reportSummary\":\"案情复杂\",\"complex\":true}")
                .statusCode(200).body("status", equalTo("LEGAL_REVIEW"))
                .body("progress.clocks.kind", hasItem("LEGAL_REVIEW"));

        String handlingOfficer = Tokens.tokenFor("amr-officer-01", "regulator", DEPT, DISTRICT);
        long entries = timelineEntries(id);
        post(handlingOfficer, id, "legal-review", "{\"opinion\":\"APPROVED\",\"summary\":\"同意\"}")
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("handling officer"));
        assertEquals(entries, timelineEntries(id));

        post(regulator(), id, "legal-review", "{\"opinion\":\"RETURNED\",\"summary\":\"违法所得未查清\"}")
                .statusCode(200).body("status", equalTo("INVESTIGATING"));
        post(regulator(), id, "investigation-report", "{\"reportSummary\":\"已补充调查\",\"complex\":true}")
                .statusCode(200).body("status", equalTo("LEGAL_REVIEW"));
        post(regulator(), id, "legal-review", "{\"opinion\":\"APPROVED\",\"summary\":\"事实清楚，同意处罚\"}")
                .statusCode(200).body("status", equalTo("AWAITING_DECISION"));
        assertEachPublishedValid(id, "org.ipcollab.case.legal-review-completed.v1", 2);
    }

    void assertEachPublishedValid(String id, String type, int expected) {
        List<String> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(payload as text) from outbox_event where aggregate_id = :id and type = :type",
                String.class).setParameter("id", id).setParameter("type", type).getResultList());
        assertEquals(expected, rows.size(), type);
        for (String row : rows) {
            try {
                assertEquals(Set.of(), EventSchemas.violations(type, JSON.readTree(row)));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    @DisplayName("a case over a threshold is flagged with the rule; a fine alone is refused (以罚代刑) until a reason is "
            + "recorded, then the decision must be copied to police and procuratorate")
    void penaltyInsteadOfReferral() {
        String id = aCaseOverTheThreshold();
        given().auth().oauth2(regulator()).when().get("/cases/" + id).then().statusCode(200)
                .body("progress.referralRequired", equalTo(true))
                .body("progress.assessment.verdict", equalTo("MET"))
                .body("progress.assessment.article", equalTo(214))
                .body("progress.assessment.citationZh", containsString("刑法第214条"));
        assertPublishedAndValid(id, "org.ipcollab.case.referral-required.v1");

        post(regulator(), id, "opening", OPEN).statusCode(200);
        post(regulator(), id, "investigation-report", FINISH).statusCode(200);
        long entries = timelineEntries(id);
        long outbox = outboxRows(id);
        post(regulator(), id, "decision", FINE).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("noReferralReason"));
        assertEquals(entries, timelineEntries(id));
        assertEquals(outbox, outboxRows(id));
        assertEquals("AWAITING_DECISION", status(id));

        post(regulator(), id, "decision", FINE.replace("\"reasons\"",
                "\"noReferralReason\":\"公安机关经审查认为不构成犯罪，书面答复不予立案\",\"reasons\""))
                .statusCode(200).body("status", equalTo("DECIDED"))
                .body("progress.clocks.find { it.kind == 'PENALTY_DECISION_COPY' }.status", equalTo("RUNNING"))
                .body("progress.allowedTransitions.code", hasItem("COPY_PENALTY_DECISION"));
        assertPublishedAndValid(id, "org.ipcollab.case.decided.v1");

        post(regulator(), id, "penalty-decision-copy",
                "{\"policeDepartment\":\"500155-psb\",\"procuratorateDepartment\":\"500155-procuratorate\"}")
                .statusCode(200)
                .body("progress.clocks.find { it.kind == 'PENALTY_DECISION_COPY' }.status", equalTo("DONE_ON_TIME"));
        assertPublishedAndValid(id, "org.ipcollab.case.penalty-decision-copied.v1");
    }

    @Test
    @DisplayName("declining to open ends the case; nothing is allowed afterwards")
    void declineToOpen() {
        String id = aSmallCase();
        post(regulator(), id, "opening-refusal", "{\"reason\":\"不属于本机关管辖\",\"approvalReference\":\"梁市监立审〔2026〕119号\"}")
                .statusCode(200).body("status", equalTo("NOT_OPENED"));
        assertPublishedAndValid(id, "org.ipcollab.case.opening-declined.v1");
        post(regulator(), id, "opening", OPEN).statusCode(409).contentType("application/problem+json");
    }

    @Test
    @DisplayName("forbidden: no token 401; wrong role 403; other department 403; other district 404; wrong state 409; "
            + "missing or malformed field 400/422 — each changes nothing")
    void forbidden() {
        String id = aSmallCase();
        long entries = timelineEntries(id);
        long outbox = outboxRows(id);

        given().contentType(ContentType.JSON).body(OPEN).when().post("/cases/" + id + "/opening").then()
                .statusCode(401).contentType("application/problem+json");
        post(Tokens.token("police", "500155-psb", DISTRICT), id, "opening", OPEN).statusCode(403)
                .contentType("application/problem+json");
        post(Tokens.token("regulator", "500155-culture", DISTRICT), id, "opening", OPEN).statusCode(403)
                .contentType("application/problem+json");
        post(Tokens.token("regulator", "511703-amr", "511703"), id, "opening", OPEN).statusCode(404)
                .contentType("application/problem+json");
        post(regulator(), id, "decision", FINE).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("not allowed when the case is FILED"));
        post(regulator(), id, "closure", "{\"summary\":\"x\"}").statusCode(409);
        post(regulator(), id, "resumption", "{\"note\":\"x\"}").statusCode(409);
        post(regulator(), id, "opening", "{}").statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("approvalReference"));
        post(regulator(), id, "opening", "{\"approvalReference\":").statusCode(400)
                .contentType("application/problem+json");
        post(regulator(), id, "clocks/OPEN_DECISION/pauses", "{\"reason\":\"HEARING\",\"note\":\"x\"}")
                .statusCode(409);
        post(regulator(), id, "clocks/NO_SUCH_CLOCK/pauses", "{\"reason\":\"TESTING\",\"note\":\"x\"}")
                .statusCode(404);
        post(regulator(), "6b1f4c1e-0000-4000-8000-000000000000", "opening", OPEN).statusCode(404);

        assertEquals(entries, timelineEntries(id));
        assertEquals(outbox, outboxRows(id));
        assertEquals("FILED", status(id));
    }

    /** Every lifecycle command with a valid body. */
    static final Map<String, String> COMMANDS = new LinkedHashMap<>();
    static {
        COMMANDS.put("opening", OPEN);
        COMMANDS.put("opening-refusal", "{\"reason\":\"不属于本机关管辖\",\"approvalReference\":\"审〔2026〕1号\"}");
        COMMANDS.put("investigation-report", FINISH);
        COMMANDS.put("legal-review", "{\"opinion\":\"APPROVED\",\"summary\":\"同意\"}");
        COMMANDS.put("decision", FINE);
        COMMANDS.put("suspension", "{\"reason\":\"等待鉴定\"}");
        COMMANDS.put("resumption", "{\"note\":\"鉴定完成\"}");
        COMMANDS.put("penalty-decision-copy",
                "{\"policeDepartment\":\"500155-psb\",\"procuratorateDepartment\":\"500155-proc\"}");
        COMMANDS.put("closure", "{\"summary\":\"结案\"}");
        COMMANDS.put("referral-return", "{\"note\":\"检察院认为不立案理由成立\"}");
        COMMANDS.put("clocks/OPEN_DECISION/pauses", "{\"reason\":\"TESTING\",\"note\":\"送检\"}");
        COMMANDS.put("clocks/OPEN_DECISION/extensions", "{\"authority\":\"APPROVAL\",\"reference\":\"延〔2026〕1号\"}");
    }

    @Test
    @DisplayName("every command is refused to another role (403), department (403) and district (404), with a missing "
            + "field (422), and — when the status does not allow it — as the right officer (409); nothing changes")
    void everyCommandRefusedEveryWay() {
        String id = aSmallCase();
        long entries = timelineEntries(id);
        long outbox = outboxRows(id);
        String police = Tokens.token("police", "500155-psb", DISTRICT);
        String otherDepartment = Tokens.token("regulator", "500155-culture", DISTRICT);
        String otherDistrict = Tokens.token("regulator", "511703-amr", "511703");
        Set<String> allowedFromFiled = Set.of("opening", "opening-refusal", "clocks/OPEN_DECISION/pauses",
                "clocks/OPEN_DECISION/extensions");
        for (Map.Entry<String, String> command : COMMANDS.entrySet()) {
            String path = command.getKey();
            post(police, id, path, command.getValue()).statusCode(403).contentType("application/problem+json");
            post(otherDepartment, id, path, command.getValue()).statusCode(403)
                    .contentType("application/problem+json");
            post(otherDistrict, id, path, command.getValue()).statusCode(404).contentType("application/problem+json");
            post(regulator(), id, path, "{}").statusCode(422).contentType("application/problem+json");
            if (!allowedFromFiled.contains(path)) {
                post(regulator(), id, path, command.getValue()).statusCode(409)
                        .contentType("application/problem+json");
            }
        }
        assertEquals(entries, timelineEntries(id), "no record entry was written");
        assertEquals(outbox, outboxRows(id), "no event was written");
        assertEquals("FILED", status(id));
    }

    @Test
    @DisplayName("a case over the threshold is referred, needing no reason, and a referred case can be closed")
    void referralThenClose() {
        String id = aCaseOverTheThreshold();
        post(regulator(), id, "opening", OPEN).statusCode(200);
        post(regulator(), id, "investigation-report", FINISH).statusCode(200);
        post(regulator(), id, "decision", """
                {"outcome":"REFERRAL","documentNumber":"梁市监移审〔2026〕3号","reasons":"涉嫌销售假冒注册商标的商品罪"}""")
                .statusCode(200).body("status", equalTo("REFERRED"))
                .body("progress.decision.outcome", equalTo("REFERRAL"))
                .body("progress.clocks.kind", org.hamcrest.Matchers.not(hasItem("PENALTY_DECISION_COPY")));
        post(regulator(), id, "decision", FINE).statusCode(409);
        long entries = timelineEntries(id);
        post(regulator(), id, "closure", "{\"summary\":\"已移送公安机关\"}").statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("judgment"));
        post(regulator(), id, "referral-return", "{\"note\":\"x\"}").statusCode(409);
        assertEquals(entries, timelineEntries(id));

        referralStatus(id, "JUDGED", "法院已作出判决", "judgment recorded");
        post(regulator(), id, "closure", "{\"summary\":\"法院已判决，案件办结\"}").statusCode(200)
                .body("status", equalTo("CLOSED"));
        JsonNode closed = payload(id, "org.ipcollab.case.closed.v1");
        assertEquals("REFERRAL", closed.get("outcome").asText());
        assertEquals("REFERRED", closed.get("fromStatus").asText());
    }

    @Test
    @DisplayName("a referral that ended without criminal liability brings the case back to the decision (Order 310 art 10)")
    void referralEndedWithoutCriminalLiability() {
        String id = aCaseOverTheThreshold();
        post(regulator(), id, "opening", OPEN).statusCode(200);
        post(regulator(), id, "investigation-report", FINISH).statusCode(200);
        post(regulator(), id, "decision", """
                {"outcome":"REFERRAL","documentNumber":"梁市监移审〔2026〕4号","reasons":"涉嫌销售假冒注册商标的商品罪"}""")
                .statusCode(200).body("progress.clocks.find { it.kind == 'CONCLUDE' }.status", equalTo("PAUSED"));
        referralStatus(id, "REFUSAL_CONFIRMED", "检察院认为不立案理由成立", "procuratorate accepted the police's reasons");
        post(regulator(), id, "closure", "{\"summary\":\"x\"}").statusCode(409)
                .body("detail", containsString("RETURN_FROM_REFERRAL"));
        post(regulator(), id, "referral-return", "{\"note\":\"公安机关不予立案，检察院认为理由成立\"}").statusCode(200)
                .body("status", equalTo("AWAITING_DECISION"))
                .body("progress.clocks.find { it.kind == 'CONCLUDE' }.status", equalTo("RUNNING"));
        assertPublishedAndValid(id, "org.ipcollab.case.returned-from-referral.v1");
        post(regulator(), id, "decision", FINE.replace("\"reasons\"",
                "\"noReferralReason\":\"公安机关不予立案，检察院认为理由成立\",\"reasons\"")).statusCode(200)
                .body("status", equalTo("DECIDED"));
    }

    /** referral-service's status for the case, as it publishes it, until the case view shows it. */
    void referralStatus(String caseId, String status, String zh, String en) {
        ObjectNode data = JSON.createObjectNode().put("caseId", caseId).put("district", DISTRICT)
                .put("status", status).put("statusZh", zh).put("statusEn", en)
                .put("occurredAt", java.time.Instant.now().toString());
        CloudEventsTestRecords.send(bootstrap, "ipcollab.referral.v1", CloudEventsTestRecords.newId(),
                "org.ipcollab.referral.status-test.v1", caseId, data);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> status
                .equals(given().auth().oauth2(regulator()).when().get("/cases/" + caseId).then().extract()
                        .path("partners.referral.status")));
    }

    @Test
    @DisplayName("testing time pauses the opening clock; an approved extension adds 15 working days, once")
    void clockOperations() {
        String id = aSmallCase();
        post(regulator(), id, "clocks/OPEN_DECISION/pauses", "{\"reason\":\"TESTING\",\"note\":\"送检\"}")
                .statusCode(200)
                .body("progress.clocks.find { it.kind == 'OPEN_DECISION' }.paused", equalTo(true))
                .body("progress.clocks.find { it.kind == 'OPEN_DECISION' }.status", equalTo("PAUSED"));
        post(regulator(), id, "clocks/OPEN_DECISION/resumption", null).statusCode(200)
                .body("progress.clocks.find { it.kind == 'OPEN_DECISION' }.paused", equalTo(false))
                .body("progress.clocks.find { it.kind == 'OPEN_DECISION' }.pausedDays", equalTo(1));
        post(regulator(), id, "clocks/OPEN_DECISION/extensions",
                "{\"authority\":\"APPROVAL\",\"reference\":\"梁市监延审〔2026〕3号\"}").statusCode(200)
                .body("progress.clocks.find { it.kind == 'OPEN_DECISION' }.extensions[0].amount", equalTo(15));
        post(regulator(), id, "clocks/OPEN_DECISION/extensions",
                "{\"authority\":\"APPROVAL\",\"reference\":\"梁市监延审〔2026〕4号\"}").statusCode(409);
        given().auth().oauth2(Tokens.token("procuratorate", "500155-procuratorate", DISTRICT))
                .when().get("/cases/" + id + "/clocks").then().statusCode(200)
                .body("kind", hasItem("OPEN_DECISION"))
                .body("[0].statusZh", notNullValue());
    }

    @Test
    @DisplayName("a clock that ran out emits case.clock-overdue.v1 once, with a record entry, however often the scan runs")
    void overdueOnce() {
        String id = aSmallCase();
        // the clue came in on 2025-09-26: decision to open was due by 2025-10-23 (National Day week in between)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update case_clock set"
                + " started_at = timestamptz '2025-09-26 10:00:00+08', due_at = timestamptz '2025-10-23 23:59:59+08'"
                + " where case_id = cast(:id as uuid) and kind = 'OPEN_DECISION'").setParameter("id", id)
                .executeUpdate());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from outbox_event where aggregate_id = :id and type = 'org.ipcollab.case.clock-overdue.v1'",
                id) == 1);
        JsonNode event = payload(id, "org.ipcollab.case.clock-overdue.v1");
        assertEquals(Set.of(), EventSchemas.violations("org.ipcollab.case.clock-overdue.v1", event));
        assertEquals("2025-10-23", event.get("dueDate").asText());
        assertEquals("OPEN_DECISION", event.get("clock").asText());
        // further scans do not report it again
        overdueClocks.scanOnce();
        overdueClocks.scanOnce();
        assertEquals(1, count("select count(*) from outbox_event where aggregate_id = :id"
                + " and type = 'org.ipcollab.case.clock-overdue.v1'", id));
        assertEquals(1, count("select count(*) from case_timeline_entry where case_id = cast(:id as uuid)"
                + " and action = 'CLOCK_OVERDUE'", id));
        given().auth().oauth2(regulator()).when().get("/cases/" + id).then()
                .body("progress.clocks.find { it.kind == 'OPEN_DECISION' }.status", equalTo("OVERDUE"))
                .body("progress.clocks.find { it.kind == 'OPEN_DECISION' }.dueDate", equalTo("2025-10-23"));
    }

    @Test
    @DisplayName("the transition catalogue names who, what and why for every transition, in Chinese and English")
    void catalogue() {
        given().auth().oauth2(Tokens.token("police", "500155-psb", DISTRICT)).when().get("/case-transitions").then()
                .statusCode(200)
                .body("code", hasItems("OPEN", "DECIDE", "CLOSE", "COPY_PENALTY_DECISION"))
                .body("find { it.code == 'DECIDE' }.whyZh", containsString("以罚代刑"))
                .body("find { it.code == 'OPEN' }.from", equalTo(List.of("FILED")))
                .body("find { it.code == 'CLOSE' }.whoEn", notNullValue())
                .body("find { it.code == 'CLOSE' }.requiresEn", notNullValue())
                .body("find { it.code == 'NONE' }", nullValue());
    }
}
