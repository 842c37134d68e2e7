package org.ipcollab.cases.sharing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.ipcollab.cases.sharing.SharingFixtures.DAZHU;
import static org.ipcollab.cases.sharing.SharingFixtures.LIANGPING;
import static org.ipcollab.cases.sharing.SharingFixtures.LINSHUI;
import static org.ipcollab.cases.sharing.SharingFixtures.count;
import static org.ipcollab.cases.sharing.SharingFixtures.liaison;
import static org.ipcollab.cases.sharing.SharingFixtures.payloads;
import static org.ipcollab.cases.sharing.SharingFixtures.regulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.ipcollab.cases.CaseBodies;
import org.ipcollab.cases.CaseServiceTestProfile;
import org.ipcollab.cases.infringement.domain.AssistanceAnswered;
import org.ipcollab.cases.infringement.domain.AssistanceRequestOverdue;
import org.ipcollab.cases.infringement.domain.AssistanceRequested;
import org.ipcollab.cases.infringement.domain.ClueTransferOverdue;
import org.ipcollab.cases.infringement.domain.ClueTransferRegistered;
import org.ipcollab.cases.infringement.domain.ClueTransferRejected;
import org.ipcollab.cases.infringement.domain.ClueTransferred;
import org.ipcollab.testsupport.EventSchemas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class ClueTransferTest {
    @Inject
    EntityManager em;

    @Inject
    SharingOverdue overdue;

    @BeforeEach
    void agreement() {
        if (count(em, "select count(*) from sharing_agreement where status = 'ACTIVE' and proposer_district = :p0"
                + " and partner_district = :p1", LIANGPING, DAZHU) == 0) {
            SharingFixtures.active(LIANGPING, DAZHU);
        }
    }

    static String clue(String to, String title) {
        return """
                {"toDistrict":"%s","ipKind":"TRADEMARK","title":"%s",
                 "summary":"12315投诉：当事人在大竹县庙坝镇批发假冒某品牌白酒，货源疑来自梁平区",
                 "act":"SELLING_GOODS_WITH_COUNTERFEIT_MARK",
                 "infringer":{"kind":"PERSON","name":"李四","idNumber":"%s"}}""".formatted(to, title,
                CaseBodies.PERSON_ID);
    }

    static ValidatableResponse send(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/clue-transfers").then();
    }

    long transfers() {
        return count(em, "select count(*) from clue_transfer");
    }

    @Test
    @DisplayName("梁平 sends a clue to 大竹; 大竹's regulator registers it and it is a FILED case of 大竹 with clue source"
            + " 其他区县移送; the events match their schemas")
    void clueTravelsAndBecomesACase() {
        String raw = send(regulator(LIANGPING), clue(DAZHU, "跨区销售假冒白酒线索")).statusCode(201)
                .header("Location", containsString("/clue-transfers/"))
                .body("status", equalTo("SENT")).body("statusZh", equalTo("已移送，待接收方处理"))
                .body("infringer.idNumberMasked", equalTo(CaseBodies.PERSON_ID_MASKED))
                .body("dueAt", notNullValue()).body("overdue", equalTo(false)).extract().asString();
        assertFalse(raw.contains(CaseBodies.PERSON_ID));
        String id = SharingFixtures.tree(raw).get("id").asText();
        given().auth().oauth2(regulator(DAZHU)).get("/clue-transfers").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(regulator(LIANGPING)).get("/clue-transfers?direction=outgoing").then().statusCode(200)
                .body("id", hasItem(id));

        // refusals change nothing: the sender cannot register, a third district cannot see it
        long cases = count(em, "select count(*) from ip_case where district = :p0", DAZHU);
        String register = "{\"officers\":[\"dz-officer-01\",\"dz-officer-02\"]}";
        given().auth().oauth2(regulator(LIANGPING)).contentType(ContentType.JSON).body(register)
                .post("/clue-transfers/" + id + "/registration").then().statusCode(403);
        given().auth().oauth2(regulator(LINSHUI)).contentType(ContentType.JSON).body(register)
                .post("/clue-transfers/" + id + "/registration").then().statusCode(404);
        given().auth().oauth2(liaison(DAZHU)).contentType(ContentType.JSON).body(register)
                .post("/clue-transfers/" + id + "/registration").then().statusCode(403);
        given().auth().oauth2(regulator(DAZHU)).contentType(ContentType.JSON).body("{\"officers\":[\"only-one\"]}")
                .post("/clue-transfers/" + id + "/registration").then().statusCode(422);
        assertEquals(cases, count(em, "select count(*) from ip_case where district = :p0", DAZHU));

        String caseId = given().auth().oauth2(regulator(DAZHU)).contentType(ContentType.JSON).body(register)
                .post("/clue-transfers/" + id + "/registration").then().statusCode(200)
                .body("status", equalTo("REGISTERED")).body("answeredBy", equalTo("officer-" + DAZHU))
                .extract().path("caseId");
        given().auth().oauth2(regulator(DAZHU)).get("/cases/" + caseId).then().statusCode(200)
                .body("district", equalTo(DAZHU)).body("status", equalTo("FILED"))
                .body("departmentId", equalTo(DAZHU + "-amr"))
                .body("clueSource", equalTo("TRANSFER_FROM_DISTRICT"))
                .body("infringer.idNumber", equalTo(CaseBodies.PERSON_ID_MASKED));
        assertEquals(cases + 1, count(em, "select count(*) from ip_case where district = :p0", DAZHU));
        given().auth().oauth2(regulator(LIANGPING)).get("/clue-transfers/" + id).then().statusCode(200)
                .body("status", equalTo("REGISTERED")).body("caseId", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(regulator(DAZHU)).contentType(ContentType.JSON).body(register)
                .post("/clue-transfers/" + id + "/registration").then().statusCode(409);

        JsonNode sent = payloads(em, id, ClueTransferred.TYPE).get(0);
        assertEquals(Set.of(), EventSchemas.violations(ClueTransferred.TYPE, sent));
        assertEquals(DAZHU, sent.get("toDistrict").asText());
        JsonNode registered = payloads(em, id, ClueTransferRegistered.TYPE).get(0);
        assertEquals(Set.of(), EventSchemas.violations(ClueTransferRegistered.TYPE, registered));
        assertEquals(caseId, registered.get("newCaseId").asText());
        assertEquals(1, payloads(em, caseId, "org.ipcollab.case.filed.v2").size());
        for (String type : List.of(ClueTransferred.TYPE, ClueTransferRegistered.TYPE, ClueTransferRejected.TYPE,
                ClueTransferOverdue.TYPE)) {
            EventSchemas.examples(type).forEach(x -> assertEquals(Set.of(), EventSchemas.violations(type, x)));
        }
    }

    @Test
    @DisplayName("大竹 rejects a clue with reasons; without reasons 422; without an agreement 梁平 cannot send (403)")
    void rejectAndNoAgreement() {
        String id = send(liaison(LIANGPING), clue(DAZHU, "线索待退回")).statusCode(201).extract().path("id");
        given().auth().oauth2(regulator(DAZHU)).contentType(ContentType.JSON).body("{\"reasons\":\" \"}")
                .post("/clue-transfers/" + id + "/rejection").then().statusCode(422);
        given().auth().oauth2(regulator(DAZHU)).contentType(ContentType.JSON)
                .body("{\"reasons\":\"当事人经营场所不在本县，请移送开江县\"}")
                .post("/clue-transfers/" + id + "/rejection").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectionReasons", containsString("开江县"));
        JsonNode rejected = payloads(em, id, ClueTransferRejected.TYPE).get(0);
        assertEquals(Set.of(), EventSchemas.violations(ClueTransferRejected.TYPE, rejected));

        long before = transfers();
        long outbox = count(em, "select count(*) from outbox_event");
        send(regulator(LIANGPING), clue("510504", "无协议")).statusCode(403).contentType("application/problem+json");
        send(regulator(LIANGPING), clue(DAZHU, "专利").replace("TRADEMARK", "PATENT")).statusCode(403);
        send(regulator(LIANGPING), clue(LIANGPING, "本区")).statusCode(422);
        send(org.ipcollab.testsupport.Tokens.token("police", "500155-psb", LIANGPING), clue(DAZHU, "警方"))
                .statusCode(403);
        assertEquals(before, transfers());
        assertEquals(outbox, count(em, "select count(*) from outbox_event"));
    }

    @Test
    @DisplayName("an unanswered clue transfer and assistance request turn overdue once each, however often the scan runs")
    void overdueOnce() {
        String clueId = send(regulator(LIANGPING), clue(DAZHU, "无人处理的线索")).statusCode(201).extract().path("id");
        String requestId = given().auth().oauth2(regulator(LIANGPING)).contentType(ContentType.JSON).body("""
                {"toDistrict":"511724","kind":"INVESTIGATE","subject":"核查仓库","details":"请核查庙坝镇某仓库存货"}""")
                .post("/assistance-requests").then().statusCode(201).extract().path("id");
        SharingFixtures.sql(em, "update clue_transfer set sent_at = now() - interval '20 days',"
                + " due_at = now() - interval '1 day' where id = cast(:p0 as uuid)", clueId);
        SharingFixtures.sql(em, "update assistance_request set sent_at = now() - interval '20 days',"
                + " due_at = now() - interval '1 day' where id = cast(:p0 as uuid)", requestId);
        overdue.scanOnce();
        overdue.scanOnce();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                payloads(em, clueId, ClueTransferOverdue.TYPE).size() == 1
                        && payloads(em, requestId, AssistanceRequestOverdue.TYPE).size() == 1);
        overdue.scanOnce();
        assertEquals(1, payloads(em, clueId, ClueTransferOverdue.TYPE).size());
        assertEquals(1, payloads(em, requestId, AssistanceRequestOverdue.TYPE).size());
        JsonNode event = payloads(em, clueId, ClueTransferOverdue.TYPE).get(0);
        assertEquals(Set.of(), EventSchemas.violations(ClueTransferOverdue.TYPE, event));
        assertEquals(DAZHU, event.get("district").asText());
        assertEquals(Set.of(), EventSchemas.violations(AssistanceRequestOverdue.TYPE,
                payloads(em, requestId, AssistanceRequestOverdue.TYPE).get(0)));
        given().auth().oauth2(regulator(LIANGPING)).get("/clue-transfers/" + clueId).then().statusCode(200)
                .body("overdue", equalTo(true)).body("status", equalTo("SENT"));
    }

    @Test
    @DisplayName("大竹 answers 梁平's request to verify goods with results and attachment metadata; the requester cannot"
            + " answer (403), a bad SHA-256 is 422, a second answer 409")
    void assistanceAnswered() {
        String id = given().auth().oauth2(regulator(LIANGPING)).contentType(ContentType.JSON).body("""
                {"toDistrict":"511724","kind":"VERIFY_GOODS","subject":"核查白酒真伪","details":"请对扣押的120瓶白酒抽样核查"}""")
                .post("/assistance-requests").then().statusCode(201).body("kindZh", equalTo("协助核查涉案物品"))
                .extract().path("id");
        String answer = """
                {"result":"抽样3瓶，经权利人鉴定均为假冒","attachments":[
                  {"name":"鉴定意见.pdf","mediaType":"application/pdf","size":123456,"sha256":"%s"}]}""";
        String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        given().auth().oauth2(regulator(LIANGPING)).contentType(ContentType.JSON).body(answer.formatted(sha))
                .post("/assistance-requests/" + id + "/answer").then().statusCode(403);
        given().auth().oauth2(regulator(DAZHU)).contentType(ContentType.JSON).body(answer.formatted("ABC"))
                .post("/assistance-requests/" + id + "/answer").then().statusCode(422);
        given().auth().oauth2(regulator(DAZHU)).contentType(ContentType.JSON).body(answer.formatted(sha))
                .post("/assistance-requests/" + id + "/answer").then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("attachments[0].sha256", equalTo(sha));
        given().auth().oauth2(regulator(DAZHU)).contentType(ContentType.JSON).body(answer.formatted(sha))
                .post("/assistance-requests/" + id + "/answer").then().statusCode(409);
        assertEquals(Set.of(), EventSchemas.violations(AssistanceRequested.TYPE,
                payloads(em, id, AssistanceRequested.TYPE).get(0)));
        JsonNode answered = payloads(em, id, AssistanceAnswered.TYPE).get(0);
        assertEquals(Set.of(), EventSchemas.violations(AssistanceAnswered.TYPE, answered));
        assertEquals(1, answered.get("attachments").asInt());
        for (String type : List.of(AssistanceRequested.TYPE, AssistanceAnswered.TYPE, AssistanceRequestOverdue.TYPE)) {
            EventSchemas.examples(type).forEach(x -> assertEquals(Set.of(), EventSchemas.violations(type, x)));
        }
    }
}
