package org.ipcollab.mediation.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ipcollab.mediation.MediationServiceTestProfile;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(MediationServiceTestProfile.class)
class RegistryResourceTest {
    static String admin(String district) {
        return Tokens.token("admin", district + "-admin", district);
    }

    String organisation(String district, String kind) {
        return given().auth().oauth2(admin(district)).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "name", "调解组织 " + UUID.randomUUID()))
                .post("/organisations").then().statusCode(201)
                .body("district", equalTo(district)).body("kind", equalTo(kind)).extract().path("id");
    }

    @Test
    @DisplayName("the district admin registers organisations by kind and mediators with specialities and availability")
    void adminManagesRegistry() {
        String org = organisation("500155", "INDUSTRY");
        String user = "med-" + UUID.randomUUID();
        String mediator = given().auth().oauth2(admin("500155")).contentType(ContentType.JSON)
                .body(Map.of("userId", user, "name", "李调解", "specialities", List.of("PATENT"), "available", true))
                .post("/organisations/" + org + "/mediators").then().statusCode(201)
                .body("specialities", equalTo(List.of("PATENT"))).extract().path("id");
        given().auth().oauth2(Tokens.token("court", "500155-court", "500155"))
                .get("/organisations?kind=INDUSTRY").then().statusCode(200).body("id", hasItem(org))
                .body("find { it.id == '" + org + "' }.kindZh", equalTo("行业性专业调解组织"));
        given().auth().oauth2(Tokens.token("court", "500155-court", "500155"))
                .get("/organisations/" + org + "/mediators?speciality=PATENT&available=true").then().statusCode(200)
                .body("id", hasItem(mediator));
        given().auth().oauth2(Tokens.token("court", "500155-court", "500155"))
                .get("/organisations/" + org + "/mediators?speciality=COPYRIGHT").then().statusCode(200).body("$", hasSize(0));
        // the mediator marks itself unavailable
        given().auth().oauth2(Tokens.tokenFor(user, "mediator", org, "500155")).contentType(ContentType.JSON)
                .body(Map.of("available", false)).put("/mediators/" + mediator + "/availability").then().statusCode(200)
                .body("available", equalTo(false));
        given().auth().oauth2(admin("500155")).get("/organisations/" + org + "/mediators?available=true").then()
                .statusCode(200).body("id", not(hasItem(mediator)));
    }

    @Test
    @DisplayName("another district's admin, another mediator and a court cannot change the registry; nothing changes")
    void othersRefused() {
        String org = organisation("500155", "PEOPLES_MEDIATION_COMMITTEE");
        Map<String, Object> body = Map.of("userId", "med-" + UUID.randomUUID(), "name", "赵", "specialities",
                List.of("TRADEMARK"), "available", true);
        given().auth().oauth2(admin("500156")).contentType(ContentType.JSON).body(body)
                .post("/organisations/" + org + "/mediators").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.token("court", "500155-court", "500155")).contentType(ContentType.JSON)
                .body(Map.of("kind", "INDUSTRY", "name", "x")).post("/organisations").then().statusCode(403);
        given().auth().oauth2(admin("500156")).get("/organisations").then().statusCode(200).body("id", not(hasItem(org)));
        given().auth().oauth2(admin("500155")).get("/organisations/" + org + "/mediators").then().statusCode(200)
                .body("$", hasSize(0));
        given().auth().oauth2(admin("500155")).contentType(ContentType.JSON).body(Map.of("kind", "NOPE", "name", "x"))
                .post("/organisations").then().statusCode(400).contentType("application/problem+json");
    }
}
