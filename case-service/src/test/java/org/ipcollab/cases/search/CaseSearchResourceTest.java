package org.ipcollab.cases.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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
 * {@code GET /cases} with filters against the real PostgreSQL. Each test files its cases in a district no other test
 * uses, so every filter's answer is exact.
 */
@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class CaseSearchResourceTest {
    @Inject
    EntityManager em;

    ValidatableResponse search(SearchFixtures f, Map<String, ?> params) {
        return given().auth().oauth2(f.regulator()).queryParams(params).when().get("/cases").then();
    }

    List<String> ids(SearchFixtures f, Map<String, ?> params) {
        return search(f, params).statusCode(200).extract().path("items.id");
    }

    @Test
    @DisplayName("each filter narrows the district's cases to exactly the matching ones")
    void filtersNarrow() {
        SearchFixtures f = new SearchFixtures("500160");
        String codeA = f.newCreditCode();
        String codeB = f.newCreditCode();
        String codeC = f.newCreditCode();
        String codeD = f.newCreditCode();
        String a = f.file("TRADEMARK", "销售假冒注册商标的柚子", codeA);
        String b = f.file("PATENT", "假冒专利的电动车配件", codeB);
        String c = f.file("COPYRIGHT", "销售盗版图书_100%", codeC);
        String d = f.fileOverThreshold(codeD);
        f.step(b, "opening", SearchFixtures.OPEN);
        f.openAndDecide(c, SearchFixtures.FINE);
        f.step(c, "closure", SearchFixtures.CLOSE);
        // a's decision whether to open is overdue: its clue came in on 2025-09-26, so the clock ran out on 2025-10-23
        // (moving only due_at would not do: the overdue scan re-reads the clock and moves it back).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update case_clock set"
                + " started_at = timestamptz '2025-09-26 10:00:00+08', due_at = timestamptz '2025-10-23 23:59:59+08'"
                + " where case_id = cast(:id as uuid) and kind = 'OPEN_DECISION'").setParameter("id", a)
                .executeUpdate());
        String today = SearchFixtures.today().toString();
        String yesterday = SearchFixtures.today().minusDays(1).toString();
        String tomorrow = SearchFixtures.today().plusDays(1).toString();

        search(f, Map.of()).statusCode(200).body("total", equalTo(4));
        assertIds(f, Map.of("ipKind", "TRADEMARK"), a, d);
        assertIds(f, Map.of("ipKind", List.of("PATENT", "COPYRIGHT")), b, c);
        assertIds(f, Map.of("status", "FILED"), a, d);
        assertIds(f, Map.of("status", List.of("INVESTIGATING", "CLOSED")), b, c);
        assertIds(f, Map.of("creditCode", codeB), b);
        assertIds(f, Map.of("creditCode", codeC.toLowerCase()), c);
        assertIds(f, Map.of("filedFrom", today, "filedTo", today), a, b, c, d);
        assertIds(f, Map.of("filedFrom", tomorrow));
        assertIds(f, Map.of("filedTo", yesterday));
        assertIds(f, Map.of("openedFrom", today), b, c);
        assertIds(f, Map.of("openedTo", yesterday));
        assertIds(f, Map.of("closedFrom", today, "closedTo", today), c);
        assertIds(f, Map.of("referralRequired", "true"), d);
        assertIds(f, Map.of("referralRequired", "false"), a, b, c);
        assertIds(f, Map.of("overdue", "true"), a);
        assertIds(f, Map.of("overdue", "false"), b, c, d);
        assertIds(f, Map.of("departmentId", f.department()), a, b, c, d);
        assertIds(f, Map.of("departmentId", "500160-culture"));
        assertIds(f, Map.of("q", "柚子"), a);
        assertIds(f, Map.of("q", f.caseNumber(b)), b);
        assertIds(f, Map.of("q", "_100%"), c);
        assertIds(f, Map.of("q", "%"), c);
        assertIds(f, Map.of("ipKind", "TRADEMARK", "status", "FILED", "overdue", "true"), a);
        assertIds(f, Map.of("district", f.district(), "ipKind", "PATENT"), b);
    }

    void assertIds(SearchFixtures f, Map<String, ?> params, String... expected) {
        var response = search(f, params).statusCode(200).body("total", equalTo(expected.length));
        if (expected.length == 0) {
            response.body("items", empty());
        } else {
            response.body("items.id", containsInAnyOrder((Object[]) expected));
        }
    }

    @Test
    @DisplayName("pages and sorts: filedAt newest first by default, openedAt ascending on request")
    void pagesAndSorts() {
        SearchFixtures f = new SearchFixtures("500161");
        String first = f.file("TRADEMARK", "第一件", f.newCreditCode());
        String second = f.file("TRADEMARK", "第二件", f.newCreditCode());
        String third = f.file("TRADEMARK", "第三件", f.newCreditCode());
        f.step(third, "opening", SearchFixtures.OPEN);
        f.step(first, "opening", SearchFixtures.OPEN);

        search(f, Map.of("size", 2)).statusCode(200).body("total", equalTo(3)).body("size", equalTo(2))
                .body("items.id", equalTo(List.of(third, second)));
        search(f, Map.of("size", 2, "page", 1)).statusCode(200).body("items.id", equalTo(List.of(first)));
        search(f, Map.of("sort", "openedAt", "order", "asc")).statusCode(200)
                .body("items.id", equalTo(List.of(third, first, second)));
        search(f, Map.of("sort", "openedAt")).statusCode(200)
                .body("items.id", equalTo(List.of(first, third, second)));
    }

    @Test
    @DisplayName("another district is refused with 403; unreadable parameters with 400; a reversed range with 422")
    void refusals() {
        SearchFixtures f = new SearchFixtures("500163");
        f.file("TRADEMARK", "不应泄露的案件", f.newCreditCode());
        search(f, Map.of("district", "500155")).statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://ipcollab.org/problems/forbidden"))
                .body("detail", containsString("500155"));
        search(f, Map.of("filedFrom", "2026-13-01")).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("filedFrom"));
        search(f, Map.of("closedTo", "yesterday")).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("closedTo"));
        search(f, Map.of("openedFrom", "2026-11-20", "openedTo", "2026-11-01")).statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("openedTo"));
        search(f, Map.of("ipKind", "SOFTWARE")).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("ipKind"));
        search(f, Map.of("status", "filed")).statusCode(400).contentType("application/problem+json");
        search(f, Map.of("overdue", "yes")).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("overdue"));
        search(f, Map.of("sort", "title")).statusCode(400).contentType("application/problem+json");
        search(f, Map.of("creditCode", "91500163'; drop--")).statusCode(400).contentType("application/problem+json");
        search(f, Map.of("q", "x".repeat(101))).statusCode(400).contentType("application/problem+json");
        // a police officer of another district sees none of these cases
        given().auth().oauth2(new SearchFixtures("500155").token("police")).when().get("/cases").then()
                .statusCode(200).body("items.district", not(org.hamcrest.Matchers.hasItem("500163")));
    }

    @Test
    @DisplayName("the case view carries partners (both null before any partner event); command answers omit it")
    void partnersOnTheView() {
        SearchFixtures f = new SearchFixtures("500164");
        String id = f.file("TRADEMARK", "等待移送进展的案件", f.newCreditCode());
        given().auth().oauth2(f.regulator()).when().get("/cases/" + id).then().statusCode(200)
                .body("$", hasKey("partners"))
                .body("partners", hasKey("referral")).body("partners.referral", nullValue())
                .body("partners", hasKey("mediation")).body("partners.mediation", nullValue());
        search(f, Map.of()).statusCode(200).body("items[0]", hasKey("partners"));
        f.step(id, "opening", SearchFixtures.OPEN).body("$", not(hasKey("partners")));
    }
}
