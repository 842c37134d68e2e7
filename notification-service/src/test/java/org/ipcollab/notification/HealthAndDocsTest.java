package org.ipcollab.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(NotificationServiceTestProfile.class)
class HealthAndDocsTest {
    @Test
    @DisplayName("readiness is UP and includes the database and the Kafka broker, without a token")
    void readiness() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    @DisplayName("the OpenAPI document and Prometheus metrics need no token")
    void openApiAndMetrics() {
        given().when().get("/q/openapi?format=json").then().statusCode(200).body(containsString("/inboxes"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
    }
}
