package org.ipcollab.referral.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.ipcollab.referral.referral.ReferralFixtures.officer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.inject.Inject;

import org.ipcollab.referral.ReferralServiceTestProfile;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(ReferralServiceTestProfile.class)
class SubmitReferralResourceTest {
    @Inject
    ReferralFixtures fx;

    long referrals(UUID caseId) {
        return fx.count("select count(*) from referral where case_id = :id", caseId);
    }

    @Test
    @DisplayName("a regulator of the case's department refers it: 201, Location, head-decision clock, checklist of what is missing")
    void submit() {
        UUID caseId = fx.aCase();
        String location = given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(ReferralFixtures.submitBody(caseId)).when().post("/referrals").then().statusCode(201)
                .body("status", equalTo("AWAITING_APPROVAL"))
                .body("caseId", equalTo(caseId.toString()))
                .body("appraisalRequired", equalTo(true))
                .body("documentsComplete", equalTo(false))
                .body("missingDocuments.size()", equalTo(4))
                .body("checklist.find { it.kind == 'OTHER' }.required", equalTo(false))
                .body("clocks[0].kind", equalTo("HEAD_DECISION"))
                .extract().header("Location");
        assertEquals(true, location.contains("/referrals/"));
        given().auth().oauth2(Tokens.token("police", "500155-psb", "500155")).get("/referrals?caseId=" + caseId)
                .then().statusCode(200).body("size()", equalTo(1));
        given().auth().oauth2(Tokens.token("police", "511703-psb", "511703")).get("/referrals?caseId=" + caseId)
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    @DisplayName("refused: another department, another role, a case unknown in the district, one officer, article 220, no token")
    void refused() {
        UUID caseId = fx.aCase();
        String body = ReferralFixtures.submitBody(caseId);
        given().auth().oauth2(Tokens.token("regulator", "500155-culture", "500155")).contentType(ContentType.JSON)
                .body(body).post("/referrals").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.token("police", "500155-psb", "500155")).contentType(ContentType.JSON)
                .body(body).post("/referrals").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.token("regulator", "500155-amr", "511703")).contentType(ContentType.JSON)
                .body(body).post("/referrals").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(body.replace("\"amr-officer-01\",\"amr-officer-02\"", "\"amr-officer-01\",\"amr-officer-01\""))
                .post("/referrals").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(body.replace("\"suspectedArticle\":214", "\"suspectedArticle\":220"))
                .post("/referrals").then().statusCode(422).body("violations[0].field", equalTo("suspectedArticle"));
        given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(ReferralFixtures.submitBody(UUID.randomUUID())).post("/referrals").then().statusCode(422)
                .body("detail", startsWith("caseId"));
        given().contentType(ContentType.JSON).body(body).post("/referrals").then().statusCode(401);
        assertEquals(0, referrals(caseId));
        assertEquals(0, fx.count("select count(*) from outbox_event where aggregate_id = cast(:id as text)",
                caseId.toString()));
    }

    @Test
    @DisplayName("two submissions for one case at once: one 201, one 409 problem+json, one referral")
    void concurrentSubmissions() throws Exception {
        UUID caseId = fx.aCase();
        java.util.concurrent.Callable<Integer> submit = () -> given().auth().oauth2(officer())
                .contentType(ContentType.JSON).body(ReferralFixtures.submitBody(caseId)).post("/referrals")
                .then().extract().statusCode();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(submit);
            var b = pool.submit(submit);
            assertEquals(java.util.Set.of(201, 409), java.util.Set.of(a.get(), b.get()));
        } finally {
            pool.shutdown();
        }
        assertEquals(1, referrals(caseId));
    }

    @Test
    @DisplayName("another district cannot see a referral (404)")
    void otherDistrict() {
        String id = fx.submit(fx.aCase());
        given().auth().oauth2(Tokens.token("procuratorate", "511703-procuratorate", "511703")).get("/referrals/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
