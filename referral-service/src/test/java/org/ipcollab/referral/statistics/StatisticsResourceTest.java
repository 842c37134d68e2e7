package org.ipcollab.referral.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import jakarta.inject.Inject;

import org.ipcollab.referral.ReferralServiceTestProfile;
import org.ipcollab.referral.referral.ReferralFixtures;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(ReferralServiceTestProfile.class)
class StatisticsResourceTest {
    @Inject
    ReferralFixtures fx;

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes();

    String dept;

    String officer() {
        return Tokens.tokenFor("amr-officer-01", "regulator", dept, "500155");
    }

    String head() {
        return Tokens.tokenFor("head", "regulator", dept, "500155");
    }

    String sentAndReceived(UUID caseId) {
        String id = given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(ReferralFixtures.submitBody(caseId)).post("/referrals").then().statusCode(201).extract()
                .path("id");
        for (String kind : new String[] {"REFERRAL_LETTER", "INVESTIGATION_REPORT", "GOODS_LIST", "APPRAISAL_REPORT"}) {
            ReferralFixtures.upload(officer(), id, kind, "f.pdf", PDF, "application/pdf").statusCode(201);
        }
        ReferralFixtures.post(head(), id, "approve", null).statusCode(200);
        ReferralFixtures.post(officer(), id, "send", "{\"policeDepartmentId\":\"500155-psb\"}").statusCode(200);
        ReferralFixtures.post(ReferralFixtures.police(), id, "receive", null).statusCode(200);
        return id;
    }

    @Test
    @DisplayName("per agency: referral rate, police decisions within 3 days, filing rate, supervision, time per status")
    void figures() {
        dept = "500155-stats-" + UUID.randomUUID().toString().substring(0, 8);
        UUID c1 = fx.aCase(dept);
        UUID c2 = fx.aCase(dept);
        fx.aCase(dept);
        String a = sentAndReceived(c1);
        ReferralFixtures.post(ReferralFixtures.police(), a, "open-criminal-case", "{\"criminalCaseNumber\":\"1\"}")
                .statusCode(200);
        String b = sentAndReceived(c2);
        ReferralFixtures.post(ReferralFixtures.police(), b, "refuse", "{\"reasons\":\"证据不足\"}").statusCode(200);
        ReferralFixtures.post(officer(), b, "request-reconsideration", "{\"grounds\":\"g\"}").statusCode(200);
        ReferralFixtures.post(ReferralFixtures.police(), b, "answer-reconsideration",
                "{\"upheld\":true,\"reasons\":\"r\"}").statusCode(200);
        ReferralFixtures.post(officer(), b, "request-supervision", "{\"grounds\":\"g\"}").statusCode(200);
        // b's police decision came late: its due instant lies before the stop
        fx.execute("update referral_clock set due_at = stopped_at - interval '1 hour' where owner_id = cast(:id as uuid)"
                + " and kind = 'POLICE_DECISION'", b);
        String path = "agencies.find { it.agencyDepartmentId == '" + dept + "' }.";
        given().auth().oauth2(ReferralFixtures.procuratorate()).get("/referral-statistics").then().statusCode(200)
                .body("district", equalTo("500155"))
                .body(path + "casesKnown", equalTo(3))
                .body(path + "casesReferred", equalTo(2))
                .body(path + "referralRate", equalTo(0.6667f))
                .body(path + "sentToPolice", equalTo(2))
                .body(path + "policeDecisions", equalTo(2))
                .body(path + "policeDecisionsWithin3Days", equalTo(1))
                .body(path + "policeDecisionsWithin3DaysShare", equalTo(0.5f))
                .body(path + "criminalCasesOpened", equalTo(1))
                .body(path + "policeFilingRate", equalTo(0.5f))
                .body(path + "supervisionRequests", equalTo(1))
                .body("timeInStatus.status", hasItem("RECEIVED"));
        given().auth().oauth2(Tokens.token("mediator", "500155-med", "500155")).get("/referral-statistics").then()
                .statusCode(403);
    }
}
