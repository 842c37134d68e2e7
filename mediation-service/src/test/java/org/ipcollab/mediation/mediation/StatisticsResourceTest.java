package org.ipcollab.mediation.mediation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.ipcollab.mediation.MediationServiceTestProfile;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(MediationServiceTestProfile.class)
class StatisticsResourceTest extends MediationFixtures {
    @Test
    @DisplayName("per organisation: one confirmed agreement and one failure give success rate 0.5 and confirmation rate 1")
    void ratesPerOrganisation() {
        registry();
        String settled = effective(damagesTerms("2030-01-01"));
        post(party(partyA), "/mediations/" + settled + "/confirmation/applications", Map.of()).statusCode(200);
        post(party(partyB), "/mediations/" + settled + "/confirmation/applications", Map.of()).statusCode(200);
        post(court(), "/mediations/" + settled + "/confirmation/acceptance", Map.of("accepted", true)).statusCode(200);
        post(court(), "/mediations/" + settled + "/confirmation/decision", Map.of("confirmed", true)).statusCode(200);
        String failed = mediating("PRE_FILING");
        post(mediator(), "/mediations/" + failed + "/failure", Map.of("reason", "调解不成")).statusCode(200);
        mediating("ENTRUSTED_SIMPLIFIED"); // still open: requested, not concluded

        String org = "byOrganisation.find { it.organisationId == '" + organisationId + "' }";
        given().auth().oauth2(admin()).get("/mediation-statistics").then().statusCode(200)
                .body("district", equalTo(DISTRICT))
                .body(org + ".requested", equalTo(3)).body(org + ".concluded", equalTo(2))
                .body(org + ".settled", equalTo(1)).body(org + ".failed", equalTo(1))
                .body(org + ".successRate", equalTo(0.5f)).body(org + ".confirmed", equalTo(1))
                .body(org + ".confirmationRate", equalTo(1.0f)).body(org + ".averageDurationDays", notNullValue())
                .body("total.requested", notNullValue());
        given().auth().oauth2(mediator()).get("/mediation-statistics").then().statusCode(403);
        given().auth().oauth2(Tokens.token("admin", "500156-admin", "500156")).get("/mediation-statistics").then()
                .statusCode(200).body("byOrganisation.find { it.organisationId == '" + organisationId + "' }",
                        nullValue());
    }
}
