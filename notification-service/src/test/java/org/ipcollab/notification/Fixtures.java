package org.ipcollab.notification;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.ipcollab.testsupport.Tokens;

import io.restassured.http.ContentType;

/** Small fixtures shared by this service's tests: fresh districts so tests never see each other's data. */
public final class Fixtures {
    public static final String CASE_FILED = "org.ipcollab.case.filed.v2";
    /** Deprecated: still published for organisation cases, ignored by this service; subscriptions may still name it. */
    public static final String CASE_FILED_V1 = "org.ipcollab.case.filed.v1";

    private Fixtures() {
    }

    /** A 6-digit code starting with 9, which no real GB/T 2260 district uses, so test data never meets demo data. */
    public static String aFreshDistrict() {
        return "9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    public static String adminOf(String district) {
        return Tokens.token("admin", district + "-admin", district);
    }

    /** A token of the department {@code <district>-<name>} with the role that department has. */
    public static String tokenOf(String departmentId) {
        String district = departmentId.substring(0, 6);
        String role = switch (departmentId.substring(7)) {
            case "amr" -> "regulator";
            case "psb" -> "police";
            case "proc" -> "procuratorate";
            case "court" -> "court";
            case "med" -> "mediator";
            case "liaison" -> "district-liaison";
            case "admin" -> "admin";
            default -> throw new IllegalArgumentException("no demo department " + departmentId);
        };
        return Tokens.token(role, departmentId, district);
    }

    public static String subscriptionBody(String departmentId, String district, List<String> eventTypes) {
        return "{\"departmentId\":\"%s\",\"district\":\"%s\",\"eventTypes\":[%s]}".formatted(departmentId, district,
                String.join(",", eventTypes.stream().map(t -> "\"" + t + "\"").toList()));
    }

    /** The department subscribes itself to case.filed events of {@code district}; returns the subscription id. */
    public static String subscribe(String departmentId, String district) {
        return subscribe(departmentId, district, CASE_FILED);
    }

    /** The department subscribes itself to one event type of {@code district}; returns the subscription id. */
    public static String subscribe(String departmentId, String district, String eventType) {
        return given().auth().oauth2(tokenOf(departmentId)).contentType(ContentType.JSON)
                .body(subscriptionBody(departmentId, district, List.of(eventType)))
                .when().post("/subscriptions")
                .then().statusCode(201).extract().path("id");
    }
}
