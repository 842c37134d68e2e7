package org.ipcollab.referral.court;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestProfile(ReferralServiceTestProfile.class)
class CourtInboxResourceTest {
    @Inject
    ReferralFixtures fx;

    static ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then();
    }

    @Test
    @DisplayName("a court records a dispute, entrusts it to mediation once (event for mediation-service); others may not")
    void disputeEntrustedToMediation() {
        UUID caseId = fx.aCase();
        String body = "{\"caseId\":\"" + caseId + "\",\"plaintiff\":\"某某酒业股份有限公司\",\"defendant\":\"重庆某某商贸有限公司\","
                + "\"claim\":\"停止侵权并赔偿经济损失20万元\"}";
        post(ReferralFixtures.officer(), "/court-disputes", body).statusCode(403);
        String id = post(ReferralFixtures.court(), "/court-disputes", body).statusCode(201)
                .body("status", equalTo("REGISTERED")).extract().path("id");
        String entrust = "{\"mode\":\"PRE_FILING\",\"mediationOrganisation\":\"梁平区知识产权纠纷人民调解委员会\"}";
        post(Tokens.token("court", "500155-court-2", "500155"), "/court-disputes/" + id + "/entrust-mediation",
                entrust).statusCode(403);
        post(Tokens.token("court", "511703-court", "511703"), "/court-disputes/" + id + "/entrust-mediation", entrust)
                .statusCode(404);
        post(ReferralFixtures.court(), "/court-disputes/" + id + "/entrust-mediation", "{\"mode\":\"SOMETIME\","
                + "\"mediationOrganisation\":\"x\"}").statusCode(400);
        post(ReferralFixtures.court(), "/court-disputes/" + id + "/entrust-mediation", entrust).statusCode(200)
                .body("status", equalTo("MEDIATION_ENTRUSTED")).body("mediationMode", equalTo("PRE_FILING"));
        post(ReferralFixtures.court(), "/court-disputes/" + id + "/entrust-mediation", entrust).statusCode(409);
        assertEquals(List.of("org.ipcollab.referral.court-dispute-registered.v1",
                "org.ipcollab.referral.mediation-entrusted.v1"), fx.eventTypes(caseId));
        var events = fx.assertEventsConform(caseId);
        assertEquals("mediation.pre-filing", events.get(1).at("/details/ruleId").asText());
        given().auth().oauth2(ReferralFixtures.court()).get("/court-inbox").then().statusCode(200)
                .body("disputes.id", hasItem(id));
        given().auth().oauth2(Tokens.token("court", "500155-court-2", "500155")).get("/court-inbox").then()
                .statusCode(200).body("disputes.size()", equalTo(0));
    }

    @Test
    @DisplayName("party user ids and the organisation id go with the entrustment, into the (schema-valid) event's details")
    void entrustmentCarriesPartyUsersAndOrganisationId() {
        UUID caseId = fx.aCase();
        String plaintiffUser = "party-a-" + UUID.randomUUID();
        String defendantUser = "party-b-" + UUID.randomUUID();
        UUID organisationId = UUID.randomUUID();
        String base = "{\"caseId\":\"" + caseId + "\",\"plaintiff\":\"重庆某某食品有限公司\",\"defendant\":\"梁平区某某商行\","
                + "\"claim\":\"停止使用近似商标并赔偿经济损失5万元\"";
        post(ReferralFixtures.court(), "/court-disputes", base + ",\"plaintiffUserId\":\"same\",\"defendantUserId\":\"same\"}")
                .statusCode(422).contentType("application/problem+json");
        post(ReferralFixtures.court(), "/court-disputes", base + ",\"plaintiffUserId\":\"  \"}").statusCode(422)
                .contentType("application/problem+json");
        String id = post(ReferralFixtures.court(), "/court-disputes", base + ",\"plaintiffUserId\":\"" + plaintiffUser
                + "\",\"defendantUserId\":\"" + defendantUser + "\"}").statusCode(201)
                .body("plaintiffUserId", equalTo(plaintiffUser)).body("defendantUserId", equalTo(defendantUser))
                .extract().path("id");
        post(ReferralFixtures.court(), "/court-disputes/" + id + "/entrust-mediation", "{\"mode\":\"ENTRUSTED_ORDINARY\","
                + "\"mediationOrganisation\":\"梁平区知识产权纠纷人民调解委员会\",\"mediationOrganisationId\":\"not-a-uuid\"}")
                .statusCode(400).contentType("application/problem+json");
        post(ReferralFixtures.court(), "/court-disputes/" + id + "/entrust-mediation", "{\"mode\":\"ENTRUSTED_ORDINARY\","
                + "\"mediationOrganisation\":\"梁平区知识产权纠纷人民调解委员会\",\"mediationOrganisationId\":\"" + organisationId
                + "\"}").statusCode(200).body("mediationOrganisationId", equalTo(organisationId.toString()));
        given().auth().oauth2(ReferralFixtures.court()).get("/court-disputes/" + id).then().statusCode(200)
                .body("plaintiffUserId", equalTo(plaintiffUser)).body("defendantUserId", equalTo(defendantUser))
                .body("mediationOrganisationId", equalTo(organisationId.toString()));
        var events = fx.assertEventsConform(caseId);
        assertEquals(2, events.size());
        var details = events.get(1).get("details");
        assertEquals(id, details.get("disputeId").asText());
        assertEquals("ENTRUSTED_ORDINARY", details.get("mode").asText());
        assertEquals(plaintiffUser, details.get("plaintiffUserId").asText());
        assertEquals(defendantUser, details.get("defendantUserId").asText());
        assertEquals(organisationId.toString(), details.get("mediationOrganisationId").asText());
        assertEquals("500155-court", events.get(1).at("/departments/courtDepartmentId").asText());
    }

    @Test
    @DisplayName("without user ids or organisation id the event carries them as null and still conforms")
    void entrustmentWithoutOptionalIds() {
        UUID caseId = fx.aCase();
        String id = post(ReferralFixtures.court(), "/court-disputes", "{\"caseId\":\"" + caseId + "\",\"plaintiff\":\"甲\","
                + "\"defendant\":\"乙\",\"claim\":\"赔偿\"}").statusCode(201).extract().path("id");
        post(ReferralFixtures.court(), "/court-disputes/" + id + "/entrust-mediation",
                "{\"mode\":\"ENTRUSTED_SIMPLIFIED\",\"mediationOrganisation\":\"某调解委员会\"}").statusCode(200);
        var details = fx.assertEventsConform(caseId).get(1).get("details");
        assertEquals(true, details.get("plaintiffUserId").isNull());
        assertEquals(true, details.get("defendantUserId").isNull());
        assertEquals(true, details.get("mediationOrganisationId").isNull());
    }

    @Test
    @DisplayName("a prosecution appears in the inbox of the court it was sent to")
    void prosecutionInInbox() {
        UUID caseId = fx.aCase();
        String id = fx.sent(caseId);
        ReferralFixtures.post(ReferralFixtures.police(), id, "receive", null).statusCode(200);
        ReferralFixtures.post(ReferralFixtures.police(), id, "open-criminal-case", "{\"criminalCaseNumber\":\"1\"}")
                .statusCode(200);
        ReferralFixtures.post(ReferralFixtures.officer(), id, "hand-over", "{\"inventory\":\"清单\"}").statusCode(200);
        ReferralFixtures.post(ReferralFixtures.police(), id, "send-for-prosecution", "{\"summary\":\"起诉意见书\"}")
                .statusCode(200);
        ReferralFixtures.post(ReferralFixtures.procuratorate(), id, "prosecute",
                "{\"courtDepartmentId\":\"500155-court\",\"indictmentNumber\":\"梁检刑诉〔2026〕1号\"}").statusCode(200);
        given().auth().oauth2(ReferralFixtures.court()).get("/court-inbox").then().statusCode(200)
                .body("prosecutions.find { it.referralId == '" + id + "' }.status", equalTo("PROSECUTED"));
        given().auth().oauth2(ReferralFixtures.police()).get("/court-inbox").then().statusCode(403);
    }
}
