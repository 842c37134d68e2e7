package org.ipcollab.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.ipcollab.notification.Fixtures.CASE_FILED;
import static org.ipcollab.notification.Fixtures.aFreshDistrict;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

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
class MyInboxResourceTest {
    @Inject
    InboxItemRepository items;

    @Test
    @DisplayName("each user of a department has its own unread/read state; another department's item is 404")
    void perUserReadState() {
        String d = aFreshDistrict();
        String dept = d + "-psb";
        CaseFiled filed = new CaseFiled(UUID.randomUUID(), d, d + "-amr", IpKind.PATENT, "假冒专利案",
                CaseFiled.Infringer.organisation("某某公司", "91500155MA60Y4K284"), Instant.parse("2026-11-23T06:00:00Z"));
        String eventId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> items.addIfAbsent(new Notification(dept, eventId, CASE_FILED,
                filed.caseId(), d, NotificationText.of(filed)), Instant.now()));
        String wang = Tokens.tokenFor("wang", "police", dept, d);
        String li = Tokens.tokenFor("li", "police", dept, d);

        String id = given().auth().oauth2(wang).get("/me/inbox/items?unread=true").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].readByMeAt", nullValue()).extract().path("items[0].item.id");
        given().auth().oauth2(wang).post("/me/inbox/items/" + id + "/read").then().statusCode(204);
        given().auth().oauth2(wang).get("/me/inbox/items?unread=true").then().body("total", equalTo(0));
        given().auth().oauth2(wang).get("/me/inbox/items?unread=false").then().body("items[0].readByMeAt", notNullValue());
        given().auth().oauth2(li).get("/me/inbox/items?unread=true").then().body("total", equalTo(1));

        String other = Tokens.tokenFor("zhao", "police", aFreshDistrict() + "-psb", d);
        given().auth().oauth2(other).post("/me/inbox/items/" + id + "/read").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(li).get("/me/inbox/items?unread=true").then().body("total", equalTo(1));
    }
}
