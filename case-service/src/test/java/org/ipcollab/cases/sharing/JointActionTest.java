package org.ipcollab.cases.sharing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.ipcollab.cases.sharing.SharingFixtures.DACHUAN;
import static org.ipcollab.cases.sharing.SharingFixtures.DAZHU;
import static org.ipcollab.cases.sharing.SharingFixtures.LIANGPING;
import static org.ipcollab.cases.sharing.SharingFixtures.LINSHUI;
import static org.ipcollab.cases.sharing.SharingFixtures.count;
import static org.ipcollab.cases.sharing.SharingFixtures.liaison;
import static org.ipcollab.cases.sharing.SharingFixtures.payloads;
import static org.ipcollab.cases.sharing.SharingFixtures.regulator;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ipcollab.cases.CaseBodies;
import org.ipcollab.cases.CaseServiceTestProfile;
import org.ipcollab.cases.infringement.domain.AppraisalRecognised;
import org.ipcollab.cases.infringement.domain.JointActionStarted;
import org.ipcollab.testsupport.EventSchemas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class JointActionTest {
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Inject
    EntityManager em;

    static String activeForJointActions(String proposer, String partner) {
        String id = given().auth().oauth2(liaison(proposer)).contentType(ContentType.JSON)
                .body(SharingFixtures.proposal(partner, "[\"JOINT_ACTION\"]", "[]")).post("/sharing-agreements").then()
                .statusCode(201).extract().path("id");
        SharingFixtures.approve(id, proposer);
        SharingFixtures.approve(id, partner);
        return id;
    }

    static String fileCase(String district, String creditCode) {
        return given().auth().oauth2(regulator(district)).contentType(ContentType.JSON)
                .body(CaseBodies.minimal("GEOGRAPHICAL_INDICATION", "假冒梁平柚地理标志", district, "某某果业有限公司",
                        creditCode))
                .post("/cases").then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then();
    }

    @Test
    @DisplayName("梁平 leads a joint action with 达川 and 大竹: each links its own cases, 达川 recognises 梁平's appraisal"
            + " (结果互认), and all three read one shared record")
    void jointActionWithMutualRecognition() {
        activeForJointActions(LIANGPING, DACHUAN);
        activeForJointActions(LIANGPING, DAZHU);
        String id = post(liaison(LIANGPING), "/joint-actions", """
                {"participants":["511703","511724"],"title":"梁平柚地理标志联合执法行动",
                 "description":"三地同步检查批发市场，统一鉴定标准"}""").statusCode(201)
                .header("Location", containsString("/joint-actions/")).body("leadDistrict", equalTo(LIANGPING))
                .body("record[0].action", equalTo("STARTED")).extract().path("id");
        String liangpingCase = fileCase(LIANGPING, "91500155MA7JA1CT0G");
        String dachuanCase = fileCase(DACHUAN, "91511703MA7JA2CT0W");
        post(regulator(LIANGPING), "/joint-actions/" + id + "/cases", "{\"caseId\":\"" + liangpingCase + "\"}")
                .statusCode(200);
        post(regulator(DACHUAN), "/joint-actions/" + id + "/cases", "{\"caseId\":\"" + dachuanCase + "\"}")
                .statusCode(200);
        // refusals: another district's case 404, twice 409, a liaison cannot link 403
        post(regulator(DACHUAN), "/joint-actions/" + id + "/cases", "{\"caseId\":\"" + liangpingCase + "\"}")
                .statusCode(404);
        post(regulator(LIANGPING), "/joint-actions/" + id + "/cases", "{\"caseId\":\"" + liangpingCase + "\"}")
                .statusCode(409);
        post(liaison(DACHUAN), "/joint-actions/" + id + "/cases", "{\"caseId\":\"" + dachuanCase + "\"}")
                .statusCode(403);

        String appraisal = post(regulator(LIANGPING), "/joint-actions/" + id + "/appraisals", """
                {"caseId":"%s","title":"梁平柚真伪鉴定意见","issuer":"重庆市某某农产品质量检测中心",
                 "conclusion":"送检样品不符合梁平柚地理标志产品标准","sha256":"%s"}""".formatted(liangpingCase, SHA))
                .statusCode(200).body("appraisals", hasSize(1)).extract().path("appraisals[0].id");
        post(regulator(DACHUAN), "/joint-actions/" + id + "/appraisals/" + appraisal + "/recognition", "")
                .statusCode(200).body("appraisals[0].recognitions[0].district", equalTo(DACHUAN));
        post(regulator(DACHUAN), "/joint-actions/" + id + "/appraisals/" + appraisal + "/recognition", "")
                .statusCode(409);
        post(regulator(LIANGPING), "/joint-actions/" + id + "/appraisals/" + appraisal + "/recognition", "")
                .statusCode(409);
        post(regulator(LINSHUI), "/joint-actions/" + id + "/appraisals/" + appraisal + "/recognition", "")
                .statusCode(404);
        post(liaison(DAZHU), "/joint-actions/" + id + "/entries", "{\"summary\":\"大竹县已完成辖区市场检查\"}")
                .statusCode(200);

        given().auth().oauth2(liaison(DAZHU)).get("/joint-actions/" + id).then().statusCode(200)
                .body("districts", equalTo(List.of(LIANGPING, DACHUAN, DAZHU)))
                .body("cases", hasSize(2)).body("cases[0].caseId", nullValue())
                .body("cases[0].caseNumber", containsString("500155-amr"))
                .body("appraisals[0].caseId", nullValue())
                .body("record.action", equalTo(List.of("STARTED", "CASE_LINKED", "CASE_LINKED", "APPRAISAL_RECORDED",
                        "APPRAISAL_RECOGNISED", "NOTE")))
                .body("record.seq", equalTo(List.of(1, 2, 3, 4, 5, 6)));
        given().auth().oauth2(regulator(LINSHUI)).get("/joint-actions/" + id).then().statusCode(404);
        given().auth().oauth2(regulator(LIANGPING)).get("/cases/" + liangpingCase + "/timeline").then()
                .statusCode(200).body("entries[-1].action", equalTo("JOINT_ACTION_LINKED"));

        JsonNode started = payloads(em, id, JointActionStarted.TYPE).get(0);
        assertEquals(Set.of(), EventSchemas.violations(JointActionStarted.TYPE, started));
        JsonNode recognised = payloads(em, id, AppraisalRecognised.TYPE).get(0);
        assertEquals(Set.of(), EventSchemas.violations(AppraisalRecognised.TYPE, recognised));
        assertEquals(SHA, recognised.get("sha256").asText());
        assertEquals(1, payloads(em, id, AppraisalRecognised.TYPE).size());
        // the shared record is append-only
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> SharingFixtures.sql(em,
                "update joint_action_entry set summary_zh = 'x' where action_id = cast(:p0 as uuid)", id));
    }

    @Test
    @DisplayName("a participant without an agreement allowing joint actions 403, the lead itself 422, an admin 403:"
            + " nothing written")
    void refusals() {
        long actions = count(em, "select count(*) from joint_action");
        post(liaison(LIANGPING), "/joint-actions", """
                {"participants":["510504"],"title":"无协议","description":"x"}""").statusCode(403)
                .contentType("application/problem+json");
        post(liaison(LIANGPING), "/joint-actions", """
                {"participants":["500155"],"title":"自己","description":"x"}""").statusCode(422);
        post(SharingFixtures.admin(LIANGPING), "/joint-actions", """
                {"participants":["511703"],"title":"管理员","description":"x"}""").statusCode(403);
        assertEquals(actions, count(em, "select count(*) from joint_action"));
    }
}
