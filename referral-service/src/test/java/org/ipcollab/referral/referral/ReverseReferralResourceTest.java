package org.ipcollab.referral.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.ipcollab.referral.referral.ReferralFixtures.officer;
import static org.ipcollab.referral.referral.ReferralFixtures.police;
import static org.ipcollab.referral.referral.ReferralFixtures.procuratorate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.ipcollab.referral.ReferralServiceTestProfile;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestProfile(ReferralServiceTestProfile.class)
class ReverseReferralResourceTest {
    @Inject
    ReferralFixtures fx;

    static ValidatableResponse send(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/reverse-referrals").then();
    }

    static ValidatableResponse post(String token, String id, String step, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/reverse-referrals/" + id + "/" + step).then();
    }

    @Test
    @DisplayName("procuratorate: 10-working-day review, then its opinion, then the agency's answer within 2 months")
    void procuratorateReviewOpinionAnswer() {
        UUID caseId = fx.aCase();
        String body = "{\"caseId\":\"" + caseId + "\",\"agencyDepartmentId\":\"500155-amr\",\"reason\":\"不构成犯罪，应予行政处罚\"}";
        send(officer(), body).statusCode(403).contentType("application/problem+json");
        send(Tokens.token("procuratorate", "511703-procuratorate", "511703"), body).statusCode(422);
        String id = send(procuratorate(), body).statusCode(201).body("status", equalTo("UNDER_REVIEW"))
                .body("clocks[0].kind", equalTo("REVERSE_REVIEW"))
                .body("clocks[0].unit", equalTo("WORKING_DAYS"))
                .body("clocks[0].source", equalTo("SPP 2024 guideline art 12"))
                .extract().path("id");
        post(officer(), id, "answer", "{\"answer\":\"早了\",\"penaltyImposed\":false}").statusCode(409);
        post(Tokens.token("procuratorate", "500155-procuratorate-2", "500155"), id, "opinion",
                "{\"opinion\":\"x\"}").statusCode(403);
        post(procuratorate(), id, "opinion", "{\"opinion\":\"建议对当事人依法给予行政处罚\"}").statusCode(200)
                .body("status", equalTo("OPINION_SENT"))
                .body("clocks.find { it.kind == 'REVERSE_REVIEW' }.status", equalTo("DONE_ON_TIME"))
                .body("clocks.find { it.kind == 'REVERSE_ANSWER' }.status", equalTo("RUNNING"));
        post(Tokens.token("regulator", "500155-culture", "500155"), id, "answer",
                "{\"answer\":\"x\",\"penaltyImposed\":true}").statusCode(403);
        post(officer(), id, "answer", "{\"answer\":\"已作出罚款五万元的行政处罚决定\",\"penaltyImposed\":true}")
                .statusCode(200).body("status", equalTo("ANSWERED"))
                .body("clocks.find { it.kind == 'REVERSE_ANSWER' }.status", equalTo("DONE_ON_TIME"));
        assertEquals(List.of("reverse-referral-sent", "reverse-opinion-issued", "reverse-referral-answered").stream()
                .map(f -> "org.ipcollab.referral." + f + ".v1").toList(), fx.eventTypes(caseId));
        List<JsonNode> events = fx.assertEventsConform(caseId);
        assertEquals(true, events.get(0).get("referralId").isNull());
        assertEquals(id, events.get(0).get("reverseReferralId").asText());
    }

    @Test
    @DisplayName("police send a case back with no clock; a police 'opinion' is refused")
    void policeReverse() {
        UUID caseId = fx.aCase();
        String base = "{\"caseId\":\"" + caseId + "\",\"agencyDepartmentId\":\"500155-amr\",\"reason\":\"情节显著轻微\"";
        send(police(), base + ",\"opinion\":\"检察意见\"}").statusCode(422);
        String id = send(police(), base + ",\"procuratorateDepartmentId\":\"500155-procuratorate\"}").statusCode(201)
                .body("status", equalTo("SENT_TO_AGENCY")).body("clocks.size()", equalTo(0)).extract().path("id");
        post(police(), id, "opinion", "{\"opinion\":\"x\"}").statusCode(403);
        post(officer(), id, "answer", "{\"answer\":\"已立案查处\",\"penaltyImposed\":true}").statusCode(200);
        given().auth().oauth2(Tokens.token("regulator", "511703-amr", "511703")).get("/reverse-referrals/" + id)
                .then().statusCode(404);
        fx.assertEventsConform(caseId);
    }
}
