package org.ipcollab.notification.reminder;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ipcollab.notification.Events.CASE_TOPIC;
import static org.ipcollab.notification.Events.caseExample;
import static org.ipcollab.notification.Events.send;
import static org.ipcollab.notification.Fixtures.aFreshDistrict;
import static org.ipcollab.notification.Fixtures.tokenOf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ipcollab.notification.NotificationServiceTestProfile;
import org.ipcollab.notification.calendar.CalendarFiles;
import org.ipcollab.notification.calendar.domain.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestProfile(NotificationServiceTestProfile.class)
class ReminderTest {
    static final Duration BOUND = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    JsonPath reminders(String department, UUID caseId) {
        return given().auth().oauth2(tokenOf(department))
                .get("/reminders?departmentId=" + department + "&caseId=" + caseId)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @DisplayName("a case whose conclusion is due on the next working day: the responsible department is reminded now, "
            + "once, with the due date")
    void reminderOneWorkingDayBefore() {
        String d = aFreshDistrict();
        UUID caseId = UUID.randomUUID();
        LocalDate today = WorkingDayCalendar.legalDate(java.time.Instant.now());
        LocalDate due = CalendarFiles.bundled().provisional().plusWorkingDays(today, 1);
        var opened = caseExample("case.opened.v1", caseId, d);
        opened.put("conclusionDueDate", due.toString());
        send(bootstrap, CASE_TOPIC, "org.ipcollab.case.opened.v1", opened);

        await().atMost(BOUND).until(() -> "SENT".equals(reminders(d + "-amr", caseId).getString("[0].status")));
        JsonPath items = given().auth().oauth2(tokenOf(d + "-amr"))
                .get("/inboxes/" + d + "-amr/items?eventType=org.ipcollab.notification.deadline-reminder&caseId=" + caseId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, items.getInt("total"));
        assertEquals(due.toString(), items.getString("items[0].dueDate"));
        assertTrue(items.getString("items[0].summaryZh").contains("结案期限于 " + due + " 届满"));
    }

    @Test
    @DisplayName("closing the case cancels its scheduled reminder: none comes after the step is done")
    void closingCancels() {
        String d = aFreshDistrict();
        UUID caseId = UUID.randomUUID();
        send(bootstrap, CASE_TOPIC, "org.ipcollab.case.opened.v1", caseExample("case.opened.v1", caseId, d));
        await().atMost(BOUND).until(() -> reminders(d + "-amr", caseId).getList("$").size() == 1);
        JsonPath scheduled = reminders(d + "-amr", caseId);
        assertEquals("SCHEDULED", scheduled.getString("[0].status"));
        assertEquals("2027-02-22", scheduled.getString("[0].dueDate"));
        assertEquals("CONCLUSION", scheduled.getString("[0].clock"));

        send(bootstrap, CASE_TOPIC, "org.ipcollab.case.closed.v1", caseExample("case.closed.v1", caseId, d));
        await().atMost(BOUND).until(() -> "CANCELLED".equals(reminders(d + "-amr", caseId).getString("[0].status")));
        given().auth().oauth2(tokenOf(d + "-amr"))
                .get("/inboxes/" + d + "-amr/items?eventType=org.ipcollab.notification.deadline-reminder&caseId=" + caseId)
                .then().body("total", equalTo(0));
        given().auth().oauth2(tokenOf(d + "-psb")).get("/reminders?departmentId=" + d + "-amr")
                .then().statusCode(403);
        given().auth().oauth2(tokenOf(d + "-psb")).get("/reminders?departmentId=" + d + "-psb")
                .then().statusCode(200).body("$", hasSize(0));
    }
}
