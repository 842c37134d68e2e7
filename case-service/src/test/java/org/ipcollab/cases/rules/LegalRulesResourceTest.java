package org.ipcollab.cases.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ipcollab.cases.CaseServiceTestProfile;
import org.ipcollab.cases.thresholds.ThresholdRuleFiles;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Loading legal rules through the API, against the real PostgreSQL. Test classes share one application, so every test
 * starts and ends with an empty {@code legal_rule_document} and a {@link LegalRules#refresh}: other classes see the
 * bundled rules only, whatever the order. The table is append-only, so the clean-up switches its trigger off inside
 * its own transaction (as {@code CaseTimelineResourceTest} does), where no other session can see it off.
 */
@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class LegalRulesResourceTest {
    static final String DISTRICT = "500155";
    static final String DUE_2026_12_20 = "/rules/time-limits/case.open-decision/due?start=2026-12-20T02:00:00Z";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    LegalRules rules;

    static String admin() {
        return Tokens.token("admin", "500155-admin", DISTRICT);
    }

    static String regulator() {
        return Tokens.token("regulator", "500155-amr", DISTRICT);
    }

    static String resource(String name) {
        try (InputStream in = LegalRulesResourceTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String calendar2027() {
        return resource("rules-fixtures/cn-2027-test-fixture.json");
    }

    @BeforeEach
    @AfterEach
    void onlyBundledRules() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("alter table legal_rule_document disable trigger legal_rule_document_no_update_or_delete")
                    .executeUpdate();
            em.createNativeQuery("delete from legal_rule_document").executeUpdate();
            em.createNativeQuery("alter table legal_rule_document enable trigger legal_rule_document_no_update_or_delete")
                    .executeUpdate();
        });
        rules.refresh();
    }

    long documents() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from legal_rule_document").getSingleResult()).longValue());
    }

    @Test
    @DisplayName("a due date in 2027 is a 409 naming the year until an administrator loads the 2027 calendar, then it counts its holidays")
    void loadingA2027CalendarLetsClocksRunIntoIt() {
        given().auth().oauth2(regulator()).when().get(DUE_2026_12_20)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ipcollab.org/problems/calendar-not-loaded"))
                .body("detail", containsString("2027年工作日历尚未加载，须由管理员加载"))
                .body("detail", containsString("the working-day calendar for 2027 is not loaded; an administrator must load it"));
        given().auth().oauth2(regulator()).when().get("/rules/calendars/2027").then().statusCode(404);
        given().auth().oauth2(regulator()).when().get("/rules/calendars")
                .then().statusCode(200)
                .body("year", equalTo(java.util.List.of(2025, 2026)))
                .body("origin", everyItem(equalTo("BUNDLED")));

        String body = calendar2027();
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .queryParam("reason", "2027 calendar for the due-date test (test fixture, not official)")
                .when().put("/admin/rules/calendars/2027")
                .then().statusCode(200)
                .body("year", equalTo(2027))
                .body("confirmed", equalTo(false))
                .body("source.document", containsString("TEST FIXTURE"))
                .body("holidays[0].nameZh", equalTo("元旦"))
                .body("holidays[0].dates", equalTo(java.util.List.of("2027-01-01", "2027-01-02", "2027-01-03")))
                .body("adjustedWorkingDays[0].date", equalTo("2027-01-31"))
                .body("adjustedWorkingDays[0].dayOfWeek", equalTo("SUNDAY"))
                .body("origin", equalTo("LOADED"))
                .body("documentId", notNullValue())
                .body("loadedBy", equalTo("admin@500155-admin"))
                .body("loadedByDistrict", equalTo(DISTRICT))
                .body("loadedAt", notNullValue());
        assertEquals(1, documents());

        // 2026-12-20T02:00Z is Sunday 10:00 in Beijing. 15 working days from Monday 21 December: 21–25, 28–31 (9),
        // then 2027-01-01..03 off (元旦 in the fixture), 4–8 January (14), Monday 11 January is the 15th.
        given().auth().oauth2(regulator()).when().get(DUE_2026_12_20)
                .then().statusCode(200)
                .body("ruleId", equalTo("case.open-decision"))
                .body("unit", equalTo("WORKING_DAYS"))
                .body("startDate", equalTo("2026-12-20"))
                .body("status", equalTo("RUNNING"))
                .body("dueDate", equalTo("2027-01-11"))
                .body("dueAt", equalTo("2027-01-11T15:59:59.999999999Z"))
                .body("calendars.year", equalTo(java.util.List.of(2026, 2027)))
                .body("calendars[1].confirmed", equalTo(false))
                .body("calendars[1].origin", equalTo("LOADED"));

        given().auth().oauth2(regulator()).when().get("/rules/calendars")
                .then().statusCode(200)
                .body("year", equalTo(java.util.List.of(2025, 2026, 2027)))
                .body("[2].origin", equalTo("LOADED"))
                .body("[2].confirmed", equalTo(false))
                .body("[2].loadedBy", equalTo("admin@500155-admin"))
                .body("[2].loadedAt", notNullValue())
                .body("[0].origin", equalTo("BUNDLED"))
                .body("[0].sourceDocument", equalTo("国办发明电〔2024〕12号"))
                .body("[0].loadedBy", nullValue());

        given().auth().oauth2(regulator())
                .queryParam("from", "2026-12-31").queryParam("to", "2027-01-04")
                .when().get("/rules/working-days")
                .then().statusCode(200)
                .body("days", hasSize(5))
                .body("workingDays", equalTo(2))
                .body("days[0].working", equalTo(true))
                .body("days[1].date", equalTo("2027-01-01"))
                .body("days[1].working", equalTo(false))
                .body("days[1].holidayZh", equalTo("元旦"))
                .body("days[1].holidayEn", equalTo("New Year's Day"))
                .body("days[4].dayOfWeek", equalTo("MONDAY"))
                .body("days[4].working", equalTo(true));

        // The history keeps the text exactly as sent.
        given().auth().oauth2(admin()).when().get("/admin/rules/history")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].kind", equalTo("CALENDAR"))
                .body("[0].key", equalTo("2027"))
                .body("[0].inForce", equalTo(true))
                .body("[0].reason", containsString("test fixture"))
                .body("[0].document", nullValue());
        long id = given().auth().oauth2(admin()).when().get("/admin/rules/history").then().extract().jsonPath()
                .getLong("[0].id");
        String stored = given().auth().oauth2(admin()).when().get("/admin/rules/history/" + id)
                .then().statusCode(200).extract().path("document");
        assertEquals(body, stored);
    }

    @Test
    @DisplayName("a loaded calendar replaces that year's, and a newer load replaces an older one; the history keeps both")
    void newestLoadOfAYearIsInForce() {
        String first = calendar2027();
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(first).queryParam("reason", "first")
                .when().put("/admin/rules/calendars/2027").then().statusCode(200);
        // The second load makes Monday 2027-01-04 a day off too (as a correction might).
        String second = first.replace("\"dates\": [\"2027-01-01\", \"2027-01-02\", \"2027-01-03\"]",
                "\"dates\": [\"2027-01-01\", \"2027-01-02\", \"2027-01-03\", \"2027-01-04\"]");
        assertFalse(first.equals(second));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(second).queryParam("reason", "second")
                .when().put("/admin/rules/calendars/2027").then().statusCode(200)
                .body("holidays[0].dates", hasSize(4));
        assertFalse(rules.calendar().isWorkingDay(LocalDate.of(2027, 1, 4)));
        given().auth().oauth2(regulator()).when().get(DUE_2026_12_20)
                .then().statusCode(200).body("dueDate", equalTo("2027-01-12"));
        given().auth().oauth2(admin()).when().get("/admin/rules/history?kind=CALENDAR")
                .then().statusCode(200)
                .body("reason", equalTo(java.util.List.of("second", "first")))
                .body("inForce", equalTo(java.util.List.of(true, false)));
    }

    @Test
    @DisplayName("an invalid calendar, or one whose year is not the path's, is a 422 naming the error, and nothing is stored")
    void invalidCalendarsAreRefused() {
        String valid = calendar2027();
        record Case(String path, String body, String expected) {
        }
        for (Case c : java.util.List.of(
                new Case("/admin/rules/calendars/2028", valid, "'year' is 2027, but the calendar is loaded for 2028"),
                new Case("/admin/rules/calendars/2027", valid.replace("\"name_en\": \"Labour Day\",", ""),
                        "holidays[3]: 'name_en' is required"),
                new Case("/admin/rules/calendars/2027", valid.replace("\"2027-01-31\"", "\"2027-02-01\""),
                        "adjusted working day 2027-02-01 is a MONDAY"),
                new Case("/admin/rules/calendars/2027", valid.replace("\"confirmed\": false,",
                        "\"confirmed\": false, \"verified\": true,"), "unknown field 'verified'"),
                new Case("/admin/rules/calendars/2027", valid.replace("\"confirmed\": false,",
                        "\"confirmed\": false, \"confirmed\": true,"), "Duplicate field 'confirmed'"),
                new Case("/admin/rules/calendars/2027", valid + " {}", "not valid JSON"),
                new Case("/admin/rules/calendars/2027", valid.substring(0, valid.length() / 2), "not valid JSON"),
                new Case("/admin/rules/calendars/2027", "[]", "expected a JSON object"),
                new Case("/admin/rules/calendars/2027", "", "the body is empty"),
                new Case("/admin/rules/calendars/27", valid, "four digits"))) {
            given().auth().oauth2(admin()).contentType(ContentType.JSON).body(c.body()).queryParam("reason", "bad")
                    .when().put(c.path())
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", containsString(c.expected()))
                    .body("detail", containsString("nothing was stored"));
        }
        // No reason given: 422 on the query parameter.
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(valid)
                .when().put("/admin/rules/calendars/2027")
                .then().statusCode(422).body("violations.field", hasItem("reason"));
        assertEquals(0, documents());
        given().auth().oauth2(regulator()).when().get(DUE_2026_12_20).then().statusCode(409);
    }

    @Test
    @DisplayName("only an administrator loads rules: a regulator gets 403, no token 401; every signed-in role reads them")
    void onlyAdministratorsLoad() {
        String body = calendar2027();
        given().auth().oauth2(regulator()).contentType(ContentType.JSON).body(body).queryParam("reason", "x")
                .when().put("/admin/rules/calendars/2027")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).queryParam("reason", "x")
                .when().put("/admin/rules/calendars/2027")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(regulator()).contentType(ContentType.JSON).body(resource("rules/thresholds/cn-2025.json"))
                .queryParam("reason", "x")
                .when().put("/admin/rules/thresholds/cn-2025").then().statusCode(403);
        given().auth().oauth2(regulator()).when().get("/admin/rules/history").then().statusCode(403);
        assertEquals(0, documents());

        given().when().get("/rules/calendars").then().statusCode(401);
        for (String role : java.util.List.of("regulator", "police", "procuratorate", "court", "mediator",
                "district-liaison", "admin")) {
            String token = Tokens.token(role, "500155-x", DISTRICT);
            for (String path : java.util.List.of("/rules/calendars", "/rules/calendars/2026", "/rules/time-limits",
                    "/rules/thresholds", "/rules/working-days?from=2026-01-01&to=2026-01-31")) {
                given().auth().oauth2(token).when().get(path).then().statusCode(200);
            }
        }
    }

    @Test
    @DisplayName("working days: a bounded range, real dates, and 409 for a year without a calendar")
    void workingDaysRange() {
        given().auth().oauth2(regulator()).queryParam("from", "2026-01-01").queryParam("to", "2026-01-05")
                .when().get("/rules/working-days")
                .then().statusCode(200)
                .body("days.working", equalTo(java.util.List.of(false, false, false, true, true)))
                .body("days[3].date", equalTo("2026-01-04"))
                .body("days[3].dayOfWeek", equalTo("SUNDAY"))
                .body("days[3].adjusted", equalTo(true))
                .body("days[3].adjustedForZh", equalTo("元旦"));
        given().auth().oauth2(regulator()).queryParam("from", "2025-01-01").queryParam("to", "2026-01-02")
                .when().get("/rules/working-days").then().statusCode(422).body("detail", containsString("366"));
        given().auth().oauth2(regulator()).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01")
                .when().get("/rules/working-days").then().statusCode(422);
        given().auth().oauth2(regulator()).queryParam("from", "2026-02-30").queryParam("to", "2026-03-01")
                .when().get("/rules/working-days").then().statusCode(400).body("detail", containsString("from"));
        given().auth().oauth2(regulator()).queryParam("from", "2026-01-01")
                .when().get("/rules/working-days").then().statusCode(400).body("detail", containsString("'to'"));
        given().auth().oauth2(regulator()).queryParam("from", "2026-12-30").queryParam("to", "2027-01-02")
                .when().get("/rules/working-days").then().statusCode(409)
                .body("detail", containsString("the working-day calendar for 2027 is not loaded"));
    }

    @Test
    @DisplayName("time limits: every version with its source; a due date for a calendar-day rule rolls over a holiday")
    void timeLimits() {
        given().auth().oauth2(regulator()).when().get("/rules/time-limits")
                .then().statusCode(200)
                .body("id", hasItem("case.open-decision"))
                .body("find { it.id == 'case.open-decision' }.amount", equalTo(15))
                .body("find { it.id == 'case.open-decision' }.pausesExcluded", equalTo(java.util.List.of("TESTING")))
                .body("find { it.id == 'case.open-decision' }.extensions[0].authority", equalTo("APPROVAL"))
                .body("find { it.id == 'case.open-decision' }.sources[0].article", equalTo("art 18"))
                .body("find { it.id == 'referral.head-decision' }.effectiveFrom", equalTo("2020-08-07"));
        // referral.head-decision: 3 calendar days, rolling over. Approved 2025-09-28 (Beijing): day 3 is 2025-10-01,
        // in the National Day holiday (10-01..10-08), so the period ends on Thursday 2025-10-09.
        given().auth().oauth2(regulator()).queryParam("start", "2025-09-28T10:00:00+08:00")
                .when().get("/rules/time-limits/referral.head-decision/due")
                .then().statusCode(200)
                .body("startedAt", equalTo("2025-09-28T02:00:00Z"))
                .body("startDate", equalTo("2025-09-28"))
                .body("dueDate", equalTo("2025-10-09"))
                .body("calendars.year", equalTo(java.util.List.of(2025)));
        // The same with the offset's '+' left unencoded (curl users do), which arrives as a space.
        given().auth().oauth2(regulator()).urlEncodingEnabled(false)
                .when().get("/rules/time-limits/referral.head-decision/due?start=2025-09-28T10:00:00+08:00")
                .then().statusCode(200).body("dueDate", equalTo("2025-10-09"));
        // Hours: no calendar needed, even in a year without one.
        given().auth().oauth2(regulator())
                .when().get("/rules/time-limits/referral.transfer-to-police/due?start=2030-05-01T01:00:00Z")
                .then().statusCode(200)
                .body("dueDate", nullValue())
                .body("dueAt", equalTo("2030-05-02T01:00:00Z"))
                .body("calendars", hasSize(0));
        given().auth().oauth2(regulator()).when().get("/rules/time-limits/no.such-rule/due?start=2026-01-05T02:00:00Z")
                .then().statusCode(404);
        given().auth().oauth2(regulator()).when().get("/rules/time-limits/case.open-decision/due?start=yesterday")
                .then().statusCode(400);
    }

    @Test
    @DisplayName("an administrator confirms a 2025 figure by loading the corrected rule set; GET /rules/thresholds shows it")
    void correctingAThresholdSet() throws IOException {
        given().auth().oauth2(regulator()).when().get("/rules/thresholds")
                .then().statusCode(200)
                .body("id", equalTo(java.util.List.of("cn-2004", "cn-2025")))
                .body("origin", everyItem(equalTo("BUNDLED")))
                .body("[1].rows.find { it.id == '214-repeat' }.confirmed", equalTo(false))
                .body("[1].rows.find { it.id == '214-repeat' }.pendingFigure", equalTo(true))
                .body("[1].rows.find { it.id == '214-repeat' }.triggers[0].pending", equalTo(true))
                .body("[1].rows.find { it.id == '214-repeat' }.triggers[0].yuan", nullValue())
                .body("[1].rows.find { it.id == '218-gains' }.triggers[0].yuan", equalTo("50000.00"))
                .body("[1].rows.find { it.id == '218-gains' }.triggers[0].figureZh", equalTo("¥50,000.00"))
                .body("[1].rows.find { it.id == '217-basic' }.triggers[2].count", equalTo(500))
                .body("[1].rows.find { it.id == '217-basic' }.triggers[2].yuan", nullValue());
        int pendingBefore = given().auth().oauth2(regulator()).when().get("/rules/thresholds").then().extract()
                .path("[1].rowsWithPendingFigures");

        // The correction: 214-repeat gets its figure (¥30,000, made up for this test) and is confirmed.
        ObjectNode set = (ObjectNode) JSON.readTree(resource("rules/thresholds/cn-2025.json"));
        for (var row : set.withArray("rows")) {
            if (row.get("id").asText().equals("214-repeat")) {
                ((ObjectNode) row.get("triggers").get(0)).put("amountFen", 3_000_000L);
                ((ObjectNode) row).put("confirmed", true);
                ((ObjectNode) row).put("note", "test: figure entered by an administrator");
            }
        }
        String corrected = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(set);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(corrected)
                .queryParam("reason", "214 repeat-offender figure checked against the text (test)")
                .when().put("/admin/rules/thresholds/cn-2025")
                .then().statusCode(200)
                .body("id", equalTo("cn-2025"))
                .body("origin", equalTo("LOADED"))
                .body("loadedBy", equalTo("admin@500155-admin"))
                .body("rows.find { it.id == '214-repeat' }.triggers[0].yuan", equalTo("30000.00"));

        given().auth().oauth2(regulator()).when().get("/rules/thresholds")
                .then().statusCode(200)
                .body("id", equalTo(java.util.List.of("cn-2004", "cn-2025")))
                .body("[0].origin", equalTo("BUNDLED"))
                .body("[1].origin", equalTo("LOADED"))
                .body("[1].loadedByDistrict", equalTo(DISTRICT))
                .body("[1].reason", containsString("214 repeat-offender"))
                .body("[1].rows.find { it.id == '214-repeat' }.confirmed", equalTo(true))
                .body("[1].rows.find { it.id == '214-repeat' }.pendingFigure", equalTo(false))
                .body("[1].rows.find { it.id == '214-repeat' }.triggers[0].yuan", equalTo("30000.00"))
                .body("[1].rows.find { it.id == '214-repeat' }.triggers[0].figureEn", equalTo("¥30,000.00"))
                .body("[1].rowsWithPendingFigures", equalTo(pendingBefore - 1));
        assertTrue(rules.thresholds().byId("cn-2025").orElseThrow().rows().stream()
                .anyMatch(r -> r.id().equals("214-repeat") && r.confirmed()));
        assertEquals(1, documents());
    }

    @Test
    @DisplayName("a rule set that would be in force on the same day as another, or is invalid, is a 422 and nothing is stored")
    void invalidOrOverlappingSetsAreRefused() throws IOException {
        // cn-2030 from 2030-01-01 overlaps cn-2025, which has no end date.
        ObjectNode later = (ObjectNode) JSON.readTree(resource("rules/thresholds/cn-2025.json"));
        later.put("id", "cn-2030");
        later.put("effectiveFrom", "2030-01-01");
        for (var row : later.withArray("rows")) {
            ((ObjectNode) row).put("effectiveFrom", "2030-01-01");
        }
        String overlapping = JSON.writeValueAsString(later);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(overlapping).queryParam("reason", "x")
                .when().put("/admin/rules/thresholds/cn-2030")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("rule sets cn-2025 and cn-2030 are both in force on 2030-01-01"));
        // Loaded under another id than its own.
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(overlapping).queryParam("reason", "x")
                .when().put("/admin/rules/thresholds/cn-2031")
                .then().statusCode(422).body("detail", containsString("\"id\" is cn-2030"));
        // A money figure given as a count.
        String wrongFigure = resource("rules/thresholds/cn-2025.json")
                .replaceFirst("\"amountFen\": 3000000", "\"count\": 3000000");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(wrongFigure).queryParam("reason", "x")
                .when().put("/admin/rules/thresholds/cn-2025")
                .then().statusCode(422).body("detail", containsString("ILLEGAL_GAINS is money"));
        assertEquals(0, documents());

        // Ending cn-2025 on 2029-12-31 first makes room: then cn-2030 loads.
        ObjectNode ended = (ObjectNode) JSON.readTree(resource("rules/thresholds/cn-2025.json"));
        ended.put("effectiveTo", "2029-12-31");
        for (var row : ended.withArray("rows")) {
            ((ObjectNode) row).put("effectiveTo", "2029-12-31");
        }
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(JSON.writeValueAsString(ended))
                .queryParam("reason", "test: cn-2025 ends").when().put("/admin/rules/thresholds/cn-2025")
                .then().statusCode(200);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(overlapping).queryParam("reason", "x")
                .when().put("/admin/rules/thresholds/cn-2030")
                .then().statusCode(200);
        given().auth().oauth2(regulator()).when().get("/rules/thresholds")
                .then().statusCode(200)
                .body("id", equalTo(java.util.List.of("cn-2004", "cn-2025", "cn-2030")))
                .body("[1].effectiveTo", equalTo("2029-12-31"));
        assertEquals("cn-2030", rules.thresholds().inForceOn(LocalDate.of(2030, 6, 1)).orElseThrow().id());
        assertEquals(2, documents());
        // Re-opening cn-2025 now would overlap cn-2030.
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(resource("rules/thresholds/cn-2025.json"))
                .queryParam("reason", "x").when().put("/admin/rules/thresholds/cn-2025")
                .then().statusCode(422).body("detail", containsString("both in force"));
        assertEquals(2, documents());
    }

    @Test
    @DisplayName("a document another replica stored is in force here after the next refresh")
    void loadsOfOtherReplicasArriveWithTheRefresh() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into legal_rule_document (kind,"
                + " rule_key, document, loaded_by, loaded_by_district, reason) values ('CALENDAR', '2027', :json,"
                + " 'admin@other-replica', '500155', 'loaded elsewhere')")
                .setParameter("json", calendar2027()).executeUpdate());
        assertFalse(rules.calendar().covers(2027), "not before the refresh");
        rules.refresh();
        assertTrue(rules.calendar().covers(2027));
        given().auth().oauth2(regulator()).when().get("/rules/calendars/2027")
                .then().statusCode(200).body("loadedBy", equalTo("admin@other-replica"))
                .body("origin", equalTo("LOADED"));
    }

    @Test
    @DisplayName("the history cannot be rewritten: UPDATE, DELETE and TRUNCATE are refused by the database")
    void historyIsAppendOnly() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(calendar2027()).queryParam("reason", "x")
                .when().put("/admin/rules/calendars/2027").then().statusCode(200);
        for (String sql : java.util.List.of("update legal_rule_document set reason = 'changed'",
                "delete from legal_rule_document", "truncate legal_rule_document")) {
            Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                    () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate()));
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertTrue(root.getMessage().contains("append-only"), root.getMessage());
        }
        assertEquals(1, documents());
        given().auth().oauth2(admin()).when().get("/admin/rules/history")
                .then().body("reason", not(hasItem("changed")));
    }
}
