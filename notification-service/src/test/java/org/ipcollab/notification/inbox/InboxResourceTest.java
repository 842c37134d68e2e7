package org.ipcollab.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.ipcollab.notification.Fixtures.CASE_FILED;
import static org.ipcollab.notification.Fixtures.aFreshDistrict;
import static org.ipcollab.notification.Fixtures.adminOf;
import static org.ipcollab.notification.Fixtures.tokenOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ipcollab.notification.NotificationServiceTestProfile;
import org.ipcollab.notification.inbox.domain.CaseFiled;
import org.ipcollab.notification.inbox.domain.IpKind;
import org.ipcollab.notification.inbox.domain.Notification;
import org.ipcollab.notification.inbox.domain.NotificationText;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(NotificationServiceTestProfile.class)
class InboxResourceTest {
    @Inject
    InboxItemRepository items;

    @Inject
    EntityManager em;

    /** Puts a notice of a fresh case in the department's inbox, as the consumer would; returns the item id. */
    String anItemFor(String departmentId, Instant createdAt) {
        String district = departmentId.substring(0, 6);
        CaseFiled filed = new CaseFiled(UUID.randomUUID(), district, district + "-amr", IpKind.PATENT, "假冒专利案",
                CaseFiled.Infringer.organisation("某某公司", "91500155MA60Y4K284"), Instant.parse("2026-11-23T06:00:00Z"));
        String eventId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> items.addIfAbsent(new Notification(departmentId, eventId,
                CASE_FILED, filed.caseId(), district, NotificationText.of(filed)), createdAt));
        return QuarkusTransaction.requiringNew().call(() -> items.find("eventId", eventId).firstResult().id.toString());
    }

    Instant readAt(String itemId) {
        return QuarkusTransaction.requiringNew().call(() -> items.findById(UUID.fromString(itemId)).readAt);
    }

    @Test
    @DisplayName("a department reads its inbox newest first, page by page, with the total")
    void newestFirstWithPages() {
        String psb = aFreshDistrict() + "-psb";
        Instant t = Instant.parse("2026-11-23T06:00:00Z");
        String oldest = anItemFor(psb, t);
        String middle = anItemFor(psb, t.plusSeconds(60));
        String newest = anItemFor(psb, t.plusSeconds(120));

        given().auth().oauth2(tokenOf(psb)).when().get("/inboxes/" + psb + "/items?page=0&size=2")
                .then().statusCode(200)
                .body("items.id", contains(newest, middle))
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(3))
                .body("items[0].titleZh", equalTo("新案件登记：假冒专利案"))
                .body("items[0].titleEn", equalTo("New case filed: 假冒专利案"))
                .body("items[0].summaryZh", containsString("登记专利侵权案件"))
                .body("items[0].summaryEn", containsString("filed a patent infringement case"))
                .body("items[0].eventType", equalTo(CASE_FILED))
                .body("items[0].readAt", nullValue());
        given().auth().oauth2(tokenOf(psb)).when().get("/inboxes/" + psb + "/items?page=1&size=2")
                .then().statusCode(200).body("items.id", contains(oldest)).body("total", equalTo(3));
    }

    @Test
    @DisplayName("marking an item read: 204, it leaves unread=true and shows in unread=false; again keeps the first time")
    void markRead() {
        String court = aFreshDistrict() + "-court";
        Instant t = Instant.parse("2026-11-23T06:00:00Z");
        String read = anItemFor(court, t);
        String unread = anItemFor(court, t.plusSeconds(1));

        given().auth().oauth2(tokenOf(court)).when().post("/inboxes/" + court + "/items/" + read + "/read")
                .then().statusCode(204);
        Instant first = readAt(read);
        given().auth().oauth2(tokenOf(court)).when().post("/inboxes/" + court + "/items/" + read + "/read")
                .then().statusCode(204);
        assertEquals(first, readAt(read));

        given().auth().oauth2(tokenOf(court)).when().get("/inboxes/" + court + "/items?unread=true")
                .then().statusCode(200).body("items.id", contains(unread)).body("total", equalTo(1));
        given().auth().oauth2(tokenOf(court)).when().get("/inboxes/" + court + "/items?unread=false")
                .then().statusCode(200).body("items.id", contains(read)).body("items[0].readAt", notNullValue());
        given().auth().oauth2(tokenOf(court)).when().get("/inboxes/" + court + "/items")
                .then().statusCode(200).body("items.id", contains(unread, read)).body("total", equalTo(2));
    }

    @Test
    @DisplayName("an admin of the department's district may read its inbox; another department or district may not → 403")
    void whoMayRead() {
        String district = aFreshDistrict();
        String psb = district + "-psb";
        String item = anItemFor(psb, Instant.now());

        given().auth().oauth2(adminOf(district)).when().get("/inboxes/" + psb + "/items")
                .then().statusCode(200).body("items.id", contains(item));
        given().auth().oauth2(tokenOf(district + "-court")).when().get("/inboxes/" + psb + "/items")
                .then().statusCode(403).contentType("application/problem+json").body("type", endsWith("/forbidden"));
        given().auth().oauth2(adminOf(aFreshDistrict())).when().get("/inboxes/" + psb + "/items")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.token("police", aFreshDistrict() + "-psb", district))
                .when().get("/inboxes/" + psb + "/items")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @DisplayName("no token → 401 problem+json for reading and for marking read, and nothing changes")
    void unauthenticated() {
        String psb = aFreshDistrict() + "-psb";
        String item = anItemFor(psb, Instant.now());
        given().when().get("/inboxes/" + psb + "/items")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer")).body("status", equalTo(401));
        given().when().post("/inboxes/" + psb + "/items/" + item + "/read")
                .then().statusCode(401).contentType("application/problem+json");
        assertNull(readAt(item));
    }

    @Test
    @DisplayName("only the department marks its items read: another department or an admin → 403, another "
            + "department's item or an unknown id → 404; nothing changes")
    void whoMayMarkRead() {
        String district = aFreshDistrict();
        String psb = district + "-psb";
        String court = district + "-court";
        String psbItem = anItemFor(psb, Instant.now());

        given().auth().oauth2(tokenOf(court)).when().post("/inboxes/" + psb + "/items/" + psbItem + "/read")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(adminOf(district)).when().post("/inboxes/" + psb + "/items/" + psbItem + "/read")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(tokenOf(court)).when().post("/inboxes/" + court + "/items/" + psbItem + "/read")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().auth().oauth2(tokenOf(psb)).when().post("/inboxes/" + psb + "/items/" + UUID.randomUUID() + "/read")
                .then().statusCode(404).contentType("application/problem+json");
        assertNull(readAt(psbItem));
        given().auth().oauth2(tokenOf(psb)).when().get("/inboxes/" + psb + "/items?unread=true")
                .then().statusCode(200).body("items.id", contains(psbItem));
    }

    @Test
    @DisplayName("a malformed department id, paging or unread filter → 422 problem+json")
    void badParameters() {
        String district = aFreshDistrict();
        given().auth().oauth2(adminOf(district)).when().get("/inboxes/PSB/items")
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(tokenOf(district + "-psb")).when().get("/inboxes/" + district + "-psb/items?size=0")
                .then().statusCode(422).contentType("application/problem+json")
                // "list.size" today: ProblemMappers keeps the method name for parameter violations (reported).
                .body("violations.field", hasItem(endsWith("size")));
        given().auth().oauth2(tokenOf(district + "-psb")).when().get("/inboxes/" + district + "-psb/items?page=-1")
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(tokenOf(district + "-psb")).when().get("/inboxes/" + district + "-psb/items?unread=maybe")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    @DisplayName("the OpenAPI document describes the subscription and inbox endpoints")
    void openApi() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/subscriptions"))
                .body("paths.keySet()", hasItem("/inboxes/{departmentId}/items/{id}/read"))
                .body("paths.keySet()", not(hasItem("/cases")));
    }
}
