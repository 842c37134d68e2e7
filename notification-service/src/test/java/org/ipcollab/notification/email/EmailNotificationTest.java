package org.ipcollab.notification.email;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ipcollab.notification.Events.CASE_TOPIC;
import static org.ipcollab.notification.Events.caseExample;
import static org.ipcollab.notification.Events.send;
import static org.ipcollab.notification.Fixtures.aFreshDistrict;
import static org.ipcollab.notification.Fixtures.tokenOf;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ipcollab.notification.GreenMailTestResource;
import org.ipcollab.notification.NotificationServiceTestProfile;
import org.ipcollab.testsupport.CloudEventsTestRecords;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** The e-mail channel against a real SMTP server (GreenMail): the mail is read back from the server. */
@QuarkusTest
@TestProfile(NotificationServiceTestProfile.class)
class EmailNotificationTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(GreenMailTestResource.server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    @Test
    @DisplayName("an overdue clock is mailed, in the zh-CN template, to the address of each recipient department, once "
            + "however often the event is delivered")
    void overdueClockIsMailedOnce() throws Exception {
        String d = aFreshDistrict();
        String address = "duty-" + d + "@proc.example.cn";
        given().auth().oauth2(tokenOf(d + "-proc")).contentType(ContentType.JSON)
                .body("{\"departmentId\":\"%s\",\"address\":\"%s\"}".formatted(d + "-proc", address))
                .post("/email-recipients").then().statusCode(201);
        given().auth().oauth2(tokenOf(d + "-proc")).contentType(ContentType.JSON)
                .body("{\"departmentId\":\"%s\",\"address\":\"%s\"}".formatted(d + "-proc", address))
                .post("/email-recipients").then().statusCode(409).contentType("application/problem+json");

        UUID caseId = UUID.randomUUID();
        String eventId = CloudEventsTestRecords.newId();
        var data = caseExample("case.clock-overdue.v1", caseId, d);
        send(bootstrap, CASE_TOPIC, eventId, "org.ipcollab.case.clock-overdue.v1", data);
        send(bootstrap, CASE_TOPIC, eventId, "org.ipcollab.case.clock-overdue.v1", data);

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(address).size() >= 1);
        MimeMessage mail = mailsTo(address).get(0);
        assertTrue(mail.getSubject().startsWith("【IPCollab 通知】法定期限超期："), mail.getSubject());
        String body = GreenMailUtil.getBody(mail);
        String text = new String(mail.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("办理期限：2025-10-23"), text);
        assertTrue(text.contains("已于 2025-10-23 届满而未办结"), text);
        assertTrue(text.contains("/cases/" + caseId), text);
        assertTrue(!body.isBlank());

        // A later event of the same case shows both copies were consumed; still one mail.
        send(bootstrap, CASE_TOPIC, "org.ipcollab.case.referral-required.v1",
                caseExample("case.referral-required.v1", caseId, d));
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(address).size() >= 2);
        assertEquals(1, mailsTo(address).stream().filter(m -> {
            try {
                return m.getSubject().contains("法定期限超期");
            } catch (Exception e) {
                return false;
            }
        }).count());
    }

    @Test
    @DisplayName("only the department or its district admin registers an address; a malformed one is 422")
    void registration() {
        String d = aFreshDistrict();
        given().auth().oauth2(tokenOf(d + "-psb")).contentType(ContentType.JSON)
                .body("{\"departmentId\":\"%s\",\"address\":\"a@b.cn\"}".formatted(d + "-proc"))
                .post("/email-recipients").then().statusCode(403);
        given().auth().oauth2(tokenOf(d + "-proc")).contentType(ContentType.JSON)
                .body("{\"departmentId\":\"%s\",\"address\":\"not an address\"}".formatted(d + "-proc"))
                .post("/email-recipients").then().statusCode(422);
        given().auth().oauth2(tokenOf(d + "-proc")).get("/email-recipients?departmentId=" + d + "-proc")
                .then().statusCode(200).body("$", org.hamcrest.Matchers.hasSize(0));
    }
}
