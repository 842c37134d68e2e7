package org.ipcollab.cases.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ipcollab.cases.CaseServiceTestProfile;
import org.ipcollab.cases.SearchFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * {@code GET /statistics/cases} against a scenario set up over REST (plus clock rows moved in the database to make
 * some steps late), in a district no other test uses, so every figure is exact.
 */
@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class CaseStatisticsResourceTest {
    static final String HEADER = "district,period,periodStart,periodEnd,casesFiled,casesOpened,openingDecisions,"
            + "openedOnTime,onTimeOpeningRate,casesClosed,closedOnTime,onTimeClosingRate,decisions,referrals,"
            + "referralRate,referralRequired,finesWithoutReferral,publicationsDue,publishedOnTime,"
            + "publicationTimelinessRate,averageDurationDays";

    @Inject
    EntityManager em;

    void sql(String sql, String id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).setParameter("id", id).executeUpdate());
    }

    ValidatableResponse statistics(String token, Map<String, ?> params) {
        return given().auth().oauth2(token).queryParams(params).when().get("/statistics/cases").then();
    }

    /**
     * Six cases filed today: a (left filed), b (opened), c (fined and closed on time), d (threshold met, referred,
     * closed late), e (threshold met, fined without referral), f (declined to open, late). Publication clocks: c
     * published on time, e overdue and unpublished, b not yet due (not counted).
     */
    @Test
    @DisplayName("a district's month row counts filings, openings, on-time rates, referrals and publications exactly")
    void figuresOfAScenario() {
        SearchFixtures f = new SearchFixtures("500156");
        f.file("TRADEMARK", "仅登记", f.newCreditCode());
        String b = f.file("PATENT", "已立案", f.newCreditCode());
        f.step(b, "opening", SearchFixtures.OPEN);
        String c = f.file("COPYRIGHT", "罚款结案", f.newCreditCode());
        f.openAndDecide(c, SearchFixtures.FINE);
        f.step(c, "closure", SearchFixtures.CLOSE);
        String d = f.fileOverThreshold(f.newCreditCode());
        f.openAndDecide(d, SearchFixtures.REFER);
        // a referred case closes once referral-service has reported the judgment (its partner status)
        sql("insert into case_partner_status (case_id, source, event_type, status_code, occurred_at, event_id)"
                + " values (cast(:id as uuid), 'REFERRAL', 'org.ipcollab.referral.judged.v1', 'JUDGED', now(),"
                + " gen_random_uuid()::text)", d);
        f.step(d, "closure", SearchFixtures.CLOSE);
        String e = f.fileOverThreshold(f.newCreditCode());
        f.openAndDecide(e, SearchFixtures.FINE_WITHOUT_REFERRAL);
        String g = f.file("TRADEMARK", "不予立案", f.newCreditCode());
        f.step(g, "opening-refusal", SearchFixtures.DECLINE);
        // late: a stopped clock's due_at is its final due instant
        sql("update case_clock set due_at = stopped_at - interval '1 second' where case_id = cast(:id as uuid)"
                + " and kind = 'CONCLUDE'", d);
        sql("update case_clock set due_at = stopped_at - interval '1 second' where case_id = cast(:id as uuid)"
                + " and kind = 'OPEN_DECISION'", g);
        // PUBLICATION clocks (rule case.publication; the decisions of c and e started real ones, set here to known
        // figures); overdue_notified_at keeps the overdue scan off the running one
        String publication = "insert into case_clock (case_id, kind, rule_id, started_at, due_at, stopped_at,"
                + " overdue_notified_at) values (cast(:id as uuid), 'PUBLICATION', 'case.publication',"
                + " now() - interval '3 second', %s, %s, now()) on conflict (case_id, kind) do update set"
                + " started_at = excluded.started_at, due_at = excluded.due_at, stopped_at = excluded.stopped_at,"
                + " overdue_notified_at = excluded.overdue_notified_at";
        sql(publication.formatted("now() - interval '1 second'", "now() - interval '2 second'"), c);
        sql(publication.formatted("now() - interval '1 second'", "null"), e);
        sql(publication.formatted("now() + interval '1 minute'", "null"), b);

        LocalDate today = SearchFixtures.today();
        LocalDate from = today.withDayOfYear(1);
        LocalDate to = from.plusYears(1).minusDays(1);
        String month = "%04d-%02d".formatted(today.getYear(), today.getMonthValue());
        String row = "rows.find { it.period == '" + month + "' }.";
        statistics(f.regulator(), Map.of("from", from.toString(), "to", to.toString(), "period", "MONTH"))
                .statusCode(200).contentType("application/json")
                .body("district", equalTo("500156")).body("period", equalTo("MONTH"))
                .body("periodZh", equalTo("月"))
                .body("rows", hasSize(12))
                .body("rows.district", everyItem(equalTo("500156")))
                .body("rows[0].period", equalTo(today.getYear() + "-01"))
                .body("rows[0].periodStart", equalTo(from.toString()))
                .body("rows[11].periodEnd", equalTo(to.toString()))
                .body(row + "casesFiled", equalTo(6))
                .body(row + "casesOpened", equalTo(4))
                .body(row + "openingDecisions", equalTo(5))
                .body(row + "openedOnTime", equalTo(4))
                .body(row + "onTimeOpeningRate", equalTo("0.8000"))
                .body(row + "casesClosed", equalTo(2))
                .body(row + "closedOnTime", equalTo(1))
                .body(row + "onTimeClosingRate", equalTo("0.5000"))
                .body(row + "decisions", equalTo(3))
                .body(row + "referrals", equalTo(1))
                .body(row + "referralRate", equalTo("0.3333"))
                .body(row + "referralRequired", equalTo(2))
                .body(row + "finesWithoutReferral", equalTo(1))
                .body(row + "publicationsDue", equalTo(2))
                .body(row + "publishedOnTime", equalTo(1))
                .body(row + "publicationTimelinessRate", equalTo("0.5000"))
                .body(row + "averageDurationDays", equalTo("0.00"))
                // every other month is empty, and an empty rate is null, not 0
                .body("rows.findAll { it.period != '" + month + "' }.casesFiled", everyItem(equalTo(0)))
                .body("rows.findAll { it.period != '" + month + "' }.onTimeOpeningRate", everyItem(nullValue()))
                .body("definitions.code", hasItems("casesFiled", "onTimeOpeningRate", "referralRate",
                        "finesWithoutReferral", "publicationTimelinessRate", "averageDurationDays"))
                .body("definitions", hasSize(17))
                .body("definitions.find { it.code == 'referralRate' }.labelZh", equalTo("移送率"))
                .body("definitions.find { it.code == 'referralRate' }.definitionEn", containsString("decisions"));

        // police of the district see the same figures, by year
        statistics(f.token("police"), Map.of("from", from.toString(), "to", to.toString(), "period", "YEAR"))
                .statusCode(200).body("rows", hasSize(1)).body("rows[0].period", equalTo(String.valueOf(today.getYear())))
                .body("rows[0].casesFiled", equalTo(6)).body("rows[0].referralRate", equalTo("0.3333"));

        // CSV: UTF-8 with a BOM, a header of English codes, one line per month
        byte[] csv = statistics(f.regulator(), Map.of("from", from.toString(), "to", to.toString(), "format", "csv"))
                .statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("case-statistics-500156-")).extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        List<String> lines = List.of(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(13, lines.size());
        assertEquals(HEADER, lines.get(0));
        String monthStart = today.withDayOfMonth(1).toString();
        String monthEnd = today.withDayOfMonth(today.lengthOfMonth()).toString();
        assertTrue(lines.contains("500156," + month + "," + monthStart + "," + monthEnd
                + ",6,4,5,4,0.8000,2,1,0.5000,3,1,0.3333,2,1,2,1,0.5000,0.00"), String.join("\n", lines));
        String other = lines.stream().filter(l -> !l.startsWith("500156," + month + ",")).skip(1).findFirst()
                .orElseThrow();
        assertTrue(other.endsWith(",0,0,0,0,,0,0,,0,0,,0,0,0,0,,"), other);

        // the same by Accept
        byte[] byAccept = given().auth().oauth2(f.regulator()).accept("text/csv")
                .queryParams(Map.of("from", from.toString(), "to", to.toString())).when().get("/statistics/cases")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        assertEquals(new String(csv, StandardCharsets.UTF_8).split("\r\n")[0],
                new String(byAccept, StandardCharsets.UTF_8).split("\r\n")[0]);
    }

    @Test
    @DisplayName("quarters are cut to the range; a district with nothing has zero counts and null rates")
    void quartersOfAnEmptyDistrict() {
        SearchFixtures f = new SearchFixtures("500157");
        statistics(f.token("court"), Map.of("from", "2025-11-15", "to", "2026-02-10", "period", "QUARTER"))
                .statusCode(200)
                .body("rows.period", equalTo(List.of("2025-Q4", "2026-Q1")))
                .body("rows.periodStart", equalTo(List.of("2025-11-15", "2026-01-01")))
                .body("rows.periodEnd", equalTo(List.of("2025-12-31", "2026-02-10")))
                .body("rows.casesFiled", equalTo(List.of(0, 0)))
                .body("rows.referralRate", everyItem(nullValue()))
                .body("rows.averageDurationDays", everyItem(nullValue()));
    }

    @Test
    @DisplayName("another district is 403; a missing or unreadable parameter 400; a reversed or over-5-year range 422")
    void refusals() {
        SearchFixtures f = new SearchFixtures("500158");
        String token = f.regulator();
        statistics(token, Map.of("from", "2026-01-01", "to", "2026-12-31", "district", "500155")).statusCode(403)
                .contentType("application/problem+json");
        statistics(token, Map.of("to", "2026-12-31")).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("from"));
        statistics(token, Map.of("from", "2026-02-30", "to", "2026-12-31")).statusCode(400)
                .contentType("application/problem+json");
        statistics(token, Map.of("from", "2026-01-01", "to", "2026-12-31", "period", "WEEK")).statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("period"));
        statistics(token, Map.of("from", "2026-01-01", "to", "2026-12-31", "format", "xlsx")).statusCode(400)
                .contentType("application/problem+json");
        statistics(token, Map.of("from", "2026-12-31", "to", "2026-01-01")).statusCode(422)
                .contentType("application/problem+json");
        statistics(token, Map.of("from", "2021-01-01", "to", "2026-01-01")).statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("5 years"));
        statistics(token, Map.of("from", "2021-01-02", "to", "2026-01-01", "period", "YEAR")).statusCode(200)
                .body("rows", hasSize(6));
        given().when().get("/statistics/cases?from=2026-01-01&to=2026-12-31").then().statusCode(401);
    }
}
