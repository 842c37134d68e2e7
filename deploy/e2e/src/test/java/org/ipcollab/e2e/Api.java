package org.ipcollab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The calls the ITs make, over HTTP with explicit base URIs and bearer tokens, as a real client would. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String CASE_FILED = "org.ipcollab.case.filed.v2";
    /** Deprecated; still published beside v2 for organisation cases, ignored by every consumer. */
    static final String CASE_FILED_V1 = "org.ipcollab.case.filed.v1";
    /** A valid resident ID number (GB 11643 check character 'X') and its masked form. */
    static final String PERSON_ID = "50015519900307409X";
    static final String PERSON_ID_MASKED = "500155********409X";
    /** A valid unified social credit code (GB 32100 check character). */
    static final String CREDIT_CODE = "91500155MA60E6XU89";
    /** Bounded connect/read so a hanging service fails the test instead of the build. */
    static final RestAssuredConfig HTTP = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000)
            .setParam("http.socket.timeout", 30_000));
    /** The largest page notification-service serves; one page in practice, so items arriving meanwhile cannot shift. */
    private static final int PAGE_SIZE = 200;

    private final Suite suite;

    Api(Suite suite) {
        this.suite = suite;
    }

    RequestSpecification as(String service, String token) {
        return RestAssured.given().config(HTTP).baseUri(suite.url(service))
                .header("Authorization", "Bearer " + token).accept("application/json");
    }

    String admin() {
        return suite.token("admin", Suite.DISTRICT + "-admin");
    }

    String regulator() {
        return suite.token("regulator", Suite.DISTRICT + "-amr");
    }

    String police() {
        return suite.token("police", Suite.DISTRICT + "-psb");
    }

    String procuratorate() {
        return suite.token("procuratorate", Suite.DISTRICT + "-proc");
    }

    String court() {
        return suite.token("court", Suite.DISTRICT + "-court");
    }

    /** The district admin subscribes {@code departmentId} to case.filed; 201, or 409 if it already is. */
    void subscribe(String departmentId) {
        ObjectNode body = JSON.createObjectNode()
                .put("departmentId", departmentId)
                .put("district", Suite.DISTRICT);
        body.putArray("eventTypes").add(CASE_FILED);
        Response r = as(Suite.NOTIFICATION, admin()).contentType("application/json")
                .body(body.toString().getBytes(StandardCharsets.UTF_8))
                .post("/subscriptions");
        assertTrue(r.statusCode() == 201 || r.statusCode() == 409,
                () -> "POST /subscriptions for " + departmentId + ": " + r.statusCode() + " " + r.asString());
    }

    /** The district's regulator files a trademark case against a company; asserts 201 and returns the response body. */
    JsonNode fileCase(String title) {
        return fileCase(companyCase(title));
    }

    /** The body of a POST /cases: a trademark case of the district against a company. */
    static ObjectNode companyCase(String title) {
        ObjectNode body = aCase(title);
        body.putObject("infringer").put("kind", "ORGANISATION").put("name", "重庆某某商贸有限公司")
                .put("creditCode", CREDIT_CODE);
        return body;
    }

    /** The district's regulator files a trademark case against a natural person ({@link #PERSON_ID}). */
    JsonNode filePersonCase(String title) {
        ObjectNode body = aCase(title);
        body.putObject("infringer").put("kind", "PERSON").put("name", "张某某").put("idNumber", PERSON_ID);
        return fileCase(body);
    }

    private static ObjectNode aCase(String title) {
        ObjectNode body = JSON.createObjectNode()
                .put("ipKind", "TRADEMARK")
                .put("title", title)
                .put("district", Suite.DISTRICT)
                .put("clueSource", "INSPECTION");
        body.putArray("officers").add("amr-officer-01").add("amr-officer-02");
        return body;
    }

    private JsonNode fileCase(ObjectNode body) {
        Response r = as(Suite.CASE, regulator()).contentType("application/json")
                .body(body.toString().getBytes(StandardCharsets.UTF_8))
                .post("/cases");
        assertEquals(201, r.statusCode(), () -> "POST /cases: " + r.asString());
        JsonNode created = read(r);
        String id = created.path("id").asText(null);
        assertNotNull(id, () -> "no id in " + created);
        String location = r.header("Location");
        assertTrue(location != null && location.endsWith("/cases/" + id), () -> "Location " + location);
        return created;
    }

    /**
     * Every item of a department's inbox, following the pages. Items are keyed by their id, so an item seen on two
     * pages (newer items pushed it down meanwhile) counts once, while a true duplicate (another id) still shows.
     */
    List<JsonNode> inbox(String departmentId, String token) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        Integer page = null;
        for (int guard = 0; guard < 1_000; guard++) {
            RequestSpecification req = as(Suite.NOTIFICATION, token).queryParam("size", PAGE_SIZE);
            if (page != null) {
                req = req.queryParam("page", page);
            }
            Response r = req.get("/inboxes/{dept}/items", departmentId);
            assertEquals(200, r.statusCode(), () -> "GET /inboxes/" + departmentId + "/items: " + r.asString());
            JsonNode body = read(r);
            JsonNode pageItems = body.path("items");
            pageItems.forEach(i -> byId.put(i.path("id").asText(), i));
            long total = body.path("total").asLong(-1);
            if (pageItems.isEmpty() || total < 0 || byId.size() >= total) {
                return List.copyOf(byId.values());
            }
            // the first request (no page parameter) tells which index the first page has
            page = (page == null ? body.path("page").asInt(0) : page) + 1;
        }
        throw new AssertionError("more than 1000 pages in the inbox of " + departmentId);
    }

    static long countFor(List<JsonNode> items, String caseId) {
        return items.stream().filter(i -> caseId.equals(i.path("caseId").asText(null))).count();
    }

    static List<JsonNode> itemsFor(List<JsonNode> items, String caseId) {
        return items.stream().filter(i -> caseId.equals(i.path("caseId").asText(null))).toList();
    }

    /** A case projection of referral- or mediation-service; empty while the service has not seen the case (404). */
    Optional<JsonNode> projection(String service, String caseId, String token) {
        Response r = as(service, token).get("/case-projections/{id}", caseId);
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        assertEquals(200, r.statusCode(), () -> "GET " + service + " /case-projections/" + caseId + ": " + r.asString());
        return Optional.of(read(r));
    }

    /** eventsApplied of a projection, 0 while there is none. */
    long eventsApplied(String service, String caseId, String token) {
        return projection(service, caseId, token).map(p -> p.path("eventsApplied").asLong(-1)).orElse(0L);
    }

    static JsonNode read(Response r) {
        try {
            return JSON.readTree(r.asByteArray());
        } catch (Exception e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.asString(), e);
        }
    }

    static JsonNode read(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + new String(json, StandardCharsets.UTF_8), e);
        }
    }
}
