package org.ipcollab.referral.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.ipcollab.referral.referral.ReferralFixtures.AMR;
import static org.ipcollab.referral.referral.ReferralFixtures.DISTRICT;
import static org.ipcollab.referral.referral.ReferralFixtures.OTHER_DISTRICT;
import static org.ipcollab.referral.referral.ReferralFixtures.court;
import static org.ipcollab.referral.referral.ReferralFixtures.head;
import static org.ipcollab.referral.referral.ReferralFixtures.officer;
import static org.ipcollab.referral.referral.ReferralFixtures.police;
import static org.ipcollab.referral.referral.ReferralFixtures.post;
import static org.ipcollab.referral.referral.ReferralFixtures.procuratorate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.ipcollab.referral.ReferralServiceTestProfile;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The chain over REST against the real PostgreSQL: each step done by the right party, after being refused to the wrong
 * role (403), the wrong department (403), the wrong district (404) and, one step early, out of order (409) — each
 * refusal problem+json and changing nothing. Every event written is checked against its schema.
 */
@QuarkusTest
@TestProfile(ReferralServiceTestProfile.class)
class ReferralChainResourceTest {
    @Inject
    ReferralFixtures fx;

    /** One step: its path and body, who may do it (role, department, token). */
    record Step(String path, String body, String role, String department, Supplier<String> token, String status) {
    }

    static String otherRole(String role) {
        return role.equals("court") ? "police" : "court";
    }

    static final Step APPROVE = new Step("approve", null, "regulator", AMR, ReferralFixtures::head, "APPROVED");
    static final Step SEND = new Step("send", "{\"policeDepartmentId\":\"500155-psb\"}", "regulator", AMR,
            ReferralFixtures::officer, "SENT");
    static final Step RECEIVE = new Step("receive", null, "police", ReferralFixtures.PSB, ReferralFixtures::police,
            "RECEIVED");
    static final Step OPEN = new Step("open-criminal-case", "{\"criminalCaseNumber\":\"梁公(经)立字〔2026〕0415号\"}",
            "police", ReferralFixtures.PSB, ReferralFixtures::police, "CRIMINAL_CASE_OPENED");
    static final Step HAND_OVER = new Step("hand-over", "{\"inventory\":\"假冒白酒1,000瓶及销售账册2本\"}", "regulator", AMR,
            ReferralFixtures::officer, "HANDED_OVER");
    static final Step FOR_PROSECUTION = new Step("send-for-prosecution", "{\"summary\":\"起诉意见书\"}", "police",
            ReferralFixtures.PSB, ReferralFixtures::police, "SENT_FOR_PROSECUTION");
    static final Step PROSECUTE = new Step("prosecute",
            "{\"courtDepartmentId\":\"500155-court\",\"indictmentNumber\":\"梁检刑诉〔2026〕88号\"}", "procuratorate",
            ReferralFixtures.PROC, ReferralFixtures::procuratorate, "PROSECUTED");
    static final Step REGISTER = new Step("register-at-court", "{\"courtCaseNumber\":\"(2026)渝0155刑初123号\"}", "court",
            ReferralFixtures.COURT, ReferralFixtures::court, "COURT_REGISTERED");
    static final Step JUDGE = new Step("record-judgment", "{\"outcome\":\"CONVICTED\",\"judgmentNumber\":"
            + "\"(2026)渝0155刑初123号\",\"summary\":\"被告人犯销售假冒注册商标的商品罪，判处有期徒刑一年\"}", "court",
            ReferralFixtures.COURT, ReferralFixtures::court, "JUDGED");

    static final Step REFUSE = new Step("refuse", "{\"reasons\":\"现有证据不足以证明达到追诉标准\"}", "police",
            ReferralFixtures.PSB, ReferralFixtures::police, "REFUSED");
    static final Step RECONSIDER = new Step("request-reconsideration", "{\"grounds\":\"销售记录与账册能够相互印证\"}",
            "regulator", AMR, ReferralFixtures::officer, "RECONSIDERATION_REQUESTED");
    static final Step UPHOLD = new Step("answer-reconsideration", "{\"upheld\":true,\"reasons\":\"维持原决定\"}", "police",
            ReferralFixtures.PSB, ReferralFixtures::police, "REFUSAL_UPHELD");
    static final Step SUPERVISION = new Step("request-supervision", "{\"grounds\":\"复议维持不立案决定理由不能成立\"}",
            "regulator", AMR, ReferralFixtures::officer, "SUPERVISION_REQUESTED");
    static final Step ASK_EXPLANATION = new Step("request-explanation", null, "procuratorate", ReferralFixtures.PROC,
            ReferralFixtures::procuratorate, "EXPLANATION_REQUESTED");
    static final Step EXPLAIN = new Step("explain", "{\"reasons\":\"涉案金额计算存在争议\"}", "police", ReferralFixtures.PSB,
            ReferralFixtures::police, "EXPLAINED");
    static final Step ORDER = new Step("order-opening", "{\"reasons\":\"不立案理由不能成立\"}", "procuratorate",
            ReferralFixtures.PROC, ReferralFixtures::procuratorate, "OPENING_ORDERED");

    /** Refuses {@code step} to the wrong role, department and district, and {@code next} out of order; then does it. */
    void refusedThenDone(String id, UUID caseId, Step step, Step next) {
        String before = fx.state(id, caseId);
        post(Tokens.tokenFor("amr-head-01", otherRole(step.role()), step.department(), DISTRICT), id, step.path(),
                step.body()).statusCode(403).contentType("application/problem+json");
        post(Tokens.tokenFor("amr-head-01", step.role(), step.department() + "-other", DISTRICT), id, step.path(),
                step.body()).statusCode(403).contentType("application/problem+json");
        post(Tokens.tokenFor("amr-head-01", step.role(), step.department(), OTHER_DISTRICT), id, step.path(),
                step.body()).statusCode(404).contentType("application/problem+json");
        if (next != null) {
            // the next step one step early: 409 — except that police and court are no party before the referral is
            // sent to them (SEND, PROSECUTE name them), so for them it is still 403
            int expected = step == SEND || step == PROSECUTE ? 403 : 409;
            post(next.token().get(), id, next.path(), next.body()).statusCode(expected)
                    .contentType("application/problem+json");
        }
        assertEquals(before, fx.state(id, caseId), "a refused step changed nothing: " + step.path());
        post(step.token().get(), id, step.path(), step.body()).statusCode(200).body("status", equalTo(step.status()));
        // done once, the same step again is out of order
        post(step.token().get(), id, step.path(), step.body()).statusCode(409);
    }

    void walk(String id, UUID caseId, List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            refusedThenDone(id, caseId, steps.get(i), i + 1 < steps.size() ? steps.get(i + 1) : null);
        }
    }

    @Test
    @DisplayName("the whole chain to a judgment: approve, send (copy to the procuratorate), receive, open, hand over, prosecute, register, judge")
    void wholeChainToJudgment() {
        UUID caseId = fx.aCase();
        String id = fx.submit(caseId);
        given().auth().oauth2(officer()).get("/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("AWAITING_APPROVAL"))
                .body("statusZh", equalTo("待负责人审批"))
                .body("clocks.find { it.kind == 'HEAD_DECISION' }.ruleId", equalTo("referral.head-decision"))
                .body("clocks.find { it.kind == 'HEAD_DECISION' }.status", equalTo("RUNNING"))
                .body("clocks.find { it.kind == 'HEAD_DECISION' }.dueDate", notNullValue());
        ReferralFixtures.uploadRequired(id);
        walk(id, caseId, List.of(APPROVE, SEND, RECEIVE, OPEN, HAND_OVER, FOR_PROSECUTION, PROSECUTE, REGISTER, JUDGE));

        given().auth().oauth2(court()).get("/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("JUDGED"))
                .body("courtDepartmentId", equalTo("500155-court"))
                .body("clocks.find { it.kind == 'TRANSFER_TO_POLICE' }.status", equalTo("DONE_ON_TIME"))
                .body("clocks.find { it.kind == 'TRANSFER_TO_POLICE' }.unit", equalTo("HOURS"))
                .body("clocks.find { it.kind == 'POLICE_DECISION' }.status", equalTo("DONE_ON_TIME"))
                .body("clocks.find { it.kind == 'HANDOVER' }.status", equalTo("DONE_ON_TIME"))
                .body("steps.fact", hasItem("judged"));
        assertEquals(List.of("submitted", "approved", "sent", "copied-to-procuratorate", "received",
                "criminal-case-opened", "handed-over", "sent-for-prosecution", "prosecuted", "court-registered",
                "judged").stream().map(f -> "org.ipcollab.referral." + f + ".v1").toList(), fx.eventTypes(caseId));
        List<JsonNode> events = fx.assertEventsConform(caseId);
        JsonNode copy = events.get(3);
        assertEquals("500155-procuratorate", copy.at("/details/procuratorateDepartmentId").asText());
        JsonNode last = events.get(events.size() - 1);
        assertEquals("JUDGED", last.get("status").asText());
        assertEquals("法院已作出判决", last.get("statusZh").asText());
        assertEquals(id, last.get("referralId").asText());
    }

    @Test
    @DisplayName("refusal → reconsideration (upheld) → supervision → explanation → opening ordered → opened by the police")
    void refusalReconsiderationSupervisionOrderedOpen() {
        UUID caseId = fx.aCase();
        String id = fx.sent(caseId);
        walk(id, caseId, List.of(RECEIVE, REFUSE, RECONSIDER, UPHOLD, SUPERVISION, ASK_EXPLANATION, EXPLAIN, ORDER,
                OPEN, HAND_OVER));
        given().auth().oauth2(procuratorate()).get("/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("HANDED_OVER"))
                .body("clocks.find { it.kind == 'RECONSIDERATION_REQUEST' }.duty", equalTo(false))
                .body("clocks.find { it.kind == 'POLICE_EXPLANATION' }.ruleId", equalTo("referral.police-explanation"))
                .body("clocks.find { it.kind == 'POLICE_OPEN_ON_NOTICE' }.status", equalTo("DONE_ON_TIME"))
                .body("clocks.find { it.kind == 'POLICE_OPEN_ON_NOTICE' }.source", equalTo("SPP 2001 rules item 10"));
        List<String> types = fx.eventTypes(caseId);
        assertEquals(List.of("submitted", "approved", "sent", "copied-to-procuratorate", "received", "refused",
                "reconsideration-requested", "reconsideration-answered", "supervision-requested",
                "explanation-requested", "explained", "opening-ordered", "criminal-case-opened", "handed-over")
                .stream().map(f -> "org.ipcollab.referral." + f + ".v1").toList(), types);
        fx.assertEventsConform(caseId);
    }

    @Test
    @DisplayName("police reverse a refusal on reconsideration: the case is opened and the agency must hand over")
    void reconsiderationReversed() {
        UUID caseId = fx.aCase();
        String id = fx.sent(caseId);
        post(police(), id, "receive", null).statusCode(200);
        post(police(), id, "refuse", "{\"reasons\":\"证据不足\"}").statusCode(200);
        post(officer(), id, "request-reconsideration", "{\"grounds\":\"补充了账册\"}").statusCode(200);
        post(police(), id, "answer-reconsideration", "{\"upheld\":false,\"reasons\":\"撤销原决定\"}").statusCode(422)
                .contentType("application/problem+json");
        post(police(), id, "answer-reconsideration",
                "{\"upheld\":false,\"reasons\":\"撤销原决定\",\"criminalCaseNumber\":\"梁公立字〔2026〕9号\"}").statusCode(200)
                .body("status", equalTo("CRIMINAL_CASE_OPENED"))
                .body("clocks.find { it.kind == 'HANDOVER' }.status", equalTo("RUNNING"));
        fx.assertEventsConform(caseId);
    }

    @Test
    @DisplayName("police forward a referral that is not theirs; the competent police sign and decide")
    void forwardToCompetentPolice() {
        UUID caseId = fx.aCase();
        String id = fx.sent(caseId);
        post(police(), id, "receive", null).statusCode(200);
        post(police(), id, "forward", "{\"policeDepartmentId\":\"500155-psb-econ\",\"reasons\":\"属经侦管辖\"}")
                .statusCode(200).body("status", equalTo("FORWARDED"))
                .body("policeDepartmentId", equalTo("500155-psb-econ"))
                .body("clocks.find { it.kind == 'POLICE_FORWARD' }.status", equalTo("DONE_ON_TIME"));
        post(police(), id, "receive", null).statusCode(403);
        String econ = Tokens.token("police", "500155-psb-econ", DISTRICT);
        post(econ, id, "receive", null).statusCode(200).body("status", equalTo("RECEIVED"));
        post(econ, id, "refuse", "{\"reasons\":\"不构成犯罪\"}").statusCode(200);
        List<JsonNode> events = fx.assertEventsConform(caseId);
        JsonNode forwarded = events.stream().filter(e -> e.at("/details/toPoliceDepartmentId").isTextual())
                .findFirst().orElseThrow();
        assertEquals(AMR, forwarded.at("/details/agencyDepartmentId").asText());
    }

    @Test
    @DisplayName("the procuratorate declines to prosecute: the referral ends and a reverse referral with its opinion goes to the agency")
    void prosecutionDeclined() {
        UUID caseId = fx.aCase();
        String id = fx.sent(caseId);
        post(police(), id, "receive", null).statusCode(200);
        post(police(), id, "open-criminal-case", "{\"criminalCaseNumber\":\"梁公立字〔2026〕10号\"}").statusCode(200);
        post(officer(), id, "hand-over", "{\"inventory\":\"物品清单\"}").statusCode(200);
        post(police(), id, "send-for-prosecution", "{\"summary\":\"起诉意见书\"}").statusCode(200);
        post(head(), id, "decline-prosecution", "{\"opinion\":\"x\"}").statusCode(403);
        String reverseId = post(procuratorate(), id, "decline-prosecution",
                "{\"opinion\":\"建议对当事人依法给予行政处罚\"}").statusCode(200)
                .body("status", equalTo("NOT_PROSECUTED")).extract().path("reverseReferralIds[0]");
        given().auth().oauth2(officer()).get("/reverse-referrals/" + reverseId).then().statusCode(200)
                .body("status", equalTo("OPINION_SENT"))
                .body("referralId", equalTo(id))
                .body("clocks.find { it.kind == 'REVERSE_ANSWER' }.unit", equalTo("MONTHS"));
        List<String> types = fx.eventTypes(caseId);
        assertEquals("org.ipcollab.referral.prosecution-declined.v1", types.get(types.size() - 2));
        assertEquals("org.ipcollab.referral.reverse-referral-sent.v1", types.get(types.size() - 1));
        fx.assertEventsConform(caseId);
        // the case may be referred again now that the earlier chain has ended
        fx.submit(caseId);
    }

    @Test
    @DisplayName("the agency head may decline; nobody else may, and a case has one referral under way at a time")
    void declineAndOneAtATime() {
        UUID caseId = fx.aCase();
        String id = fx.submit(caseId);
        given().auth().oauth2(officer()).contentType("application/json").body(ReferralFixtures.submitBody(caseId))
                .post("/referrals").then().statusCode(409).contentType("application/problem+json");
        post(officer(), id, "decline", "{\"reasons\":\"自己不能审批\"}").statusCode(403);
        post(head(), id, "decline", "{\"reasons\":\"证据不足\"}").statusCode(200).body("status", equalTo("NOT_APPROVED"))
                .body("clocks.find { it.kind == 'HEAD_DECISION' }.status", equalTo("DONE_ON_TIME"));
        fx.assertEventsConform(caseId);
    }
}
