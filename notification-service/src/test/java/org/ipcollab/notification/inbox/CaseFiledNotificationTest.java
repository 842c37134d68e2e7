package org.ipcollab.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ipcollab.notification.Fixtures.CASE_FILED;
import static org.ipcollab.notification.Fixtures.aFreshDistrict;
import static org.ipcollab.notification.Fixtures.subscribe;
import static org.ipcollab.notification.Fixtures.tokenOf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ipcollab.notification.Fixtures;
import org.ipcollab.notification.NotificationServiceTestProfile;
import org.ipcollab.notification.inbox.domain.CaseFiled;
import org.ipcollab.notification.inbox.domain.Notification;
import org.ipcollab.notification.inbox.domain.NotificationText;
import org.ipcollab.notification.messaging.IncomingEvent;
import org.ipcollab.testsupport.CloudEventsTestRecords;
import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.KafkaTestClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** The consumer end to end: records on ipcollab.case.v1 in, inbox items (or dead letters) out. */
@QuarkusTest
@TestProfile(NotificationServiceTestProfile.class)
class CaseFiledNotificationTest {
    static final String CASE_TOPIC = "ipcollab.case.v1";
    static final String DLT = "ipcollab.notification.dlt.v1";
    static final Duration BOUND = Duration.ofSeconds(60);
    static final Map<String, String[]> LABELS = Map.of(
            "PATENT", new String[] {"专利", "patent"},
            "TRADEMARK", new String[] {"商标", "trademark"},
            "COPYRIGHT", new String[] {"著作权（版权）", "copyright"},
            "GEOGRAPHICAL_INDICATION", new String[] {"地理标志", "geographical indication"},
            "PLANT_VARIETY", new String[] {"植物新品种", "plant variety"},
            "TRADE_SECRET", new String[] {"商业秘密", "trade secret"});

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @Inject
    InboxItemRepository items;

    /** A schema example of case.filed.v2 moved to a fresh case in {@code district}. */
    static ObjectNode anExampleCaseFiled(JsonNode example, String district) {
        ObjectNode data = example.deepCopy();
        data.put("caseId", UUID.randomUUID().toString());
        data.put("district", district);
        return data;
    }

    static ObjectNode aCaseFiled(String district) {
        return anExampleCaseFiled(EventSchemas.examples(CASE_FILED).get(0), district);
    }

    static ObjectNode aPersonCaseFiled(String district) {
        JsonNode example = EventSchemas.examples(CASE_FILED).stream()
                .filter(e -> "PERSON".equals(e.at("/infringer/kind").asText())).findFirst().orElseThrow();
        return anExampleCaseFiled(example, district);
    }

    String send(ObjectNode data) {
        return send(CloudEventsTestRecords.newId(), data);
    }

    String send(String eventId, ObjectNode data) {
        return CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, eventId, CASE_FILED, data.get("caseId").asText(), data);
    }

    /** The department's inbox items (all of them, read as the department itself) about {@code caseId}. */
    static List<Map<String, Object>> itemsAbout(String departmentId, String caseId) {
        JsonPath page = given().auth().oauth2(tokenOf(departmentId))
                .when().get("/inboxes/" + departmentId + "/items?size=200")
                .then().statusCode(200).extract().jsonPath();
        return page.<Map<String, Object>>getList("items").stream().filter(i -> caseId.equals(i.get("caseId"))).toList();
    }

    static void awaitItems(String departmentId, String caseId, int count) {
        await().atMost(BOUND).pollInterval(Duration.ofMillis(200))
                .until(() -> itemsAbout(departmentId, caseId).size() >= count);
    }

    long rows(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    @Test
    @DisplayName("each schema example reaches every department subscribed to its district, in Chinese and English, "
            + "and no other department")
    void schemaExamplesReachSubscribedDepartments() {
        String district = aFreshDistrict();
        String elsewhere = aFreshDistrict();
        subscribe(district + "-psb", district);
        subscribe(district + "-court", district);
        subscribe(elsewhere + "-psb", elsewhere);
        // Subscribed to the district, but to another event type only.
        given().auth().oauth2(tokenOf(district + "-med")).contentType("application/json")
                .body(Fixtures.subscriptionBody(district + "-med", district,
                        List.of("org.ipcollab.referral.accepted.v1")))
                .post("/subscriptions").then().statusCode(201);

        List<JsonNode> examples = EventSchemas.examples(CASE_FILED);
        assertEquals(Set.of("ORGANISATION", "PERSON"),
                Set.copyOf(examples.stream().map(e -> e.at("/infringer/kind").asText()).toList()));
        for (JsonNode example : examples) {
            ObjectNode data = anExampleCaseFiled(example, district);
            data.put("someFutureOptionalField", "consumers tolerate unknown fields");
            String caseId = data.get("caseId").asText();
            String eventId = send(data);

            String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"))
                    .format(Instant.parse(data.get("filedAt").asText()));
            String[] label = LABELS.get(data.get("ipKind").asText());
            String title = data.get("title").asText();
            String dept = data.get("departmentId").asText();
            String name = data.at("/infringer/name").asText();
            boolean person = "PERSON".equals(data.at("/infringer/kind").asText());
            String masked = data.at("/infringer/idNumberMasked").asText();
            String whoZh = person ? "自然人，身份证号 " + masked : data.at("/infringer/creditCode").asText();
            String whoEn = person ? "natural person, ID number " + masked : data.at("/infringer/creditCode").asText();
            for (String department : List.of(district + "-psb", district + "-court")) {
                awaitItems(department, caseId, 1);
                List<Map<String, Object>> items = itemsAbout(department, caseId);
                assertEquals(1, items.size(), department + " has exactly one item for case " + caseId);
                Map<String, Object> item = items.get(0);
                assertNotNull(item.get("id"));
                assertEquals(eventId, item.get("eventId"));
                assertEquals(CASE_FILED, item.get("eventType"));
                assertEquals(district, item.get("district"));
                assertEquals("新案件登记：" + title, item.get("titleZh"));
                assertEquals("New case filed: " + title, item.get("titleEn"));
                assertEquals(dept + " 于 " + when + " 登记" + label[0] + "侵权案件，侵权主体：" + name + "（" + whoZh + "）",
                        item.get("summaryZh"));
                assertEquals(dept + " filed a " + label[1] + " infringement case on " + when
                        + " (Beijing time); suspected infringer: " + name + " (" + whoEn + ")", item.get("summaryEn"));
                assertNotNull(item.get("createdAt"));
                assertEquals(null, item.get("readAt"));
            }
            // The items of one event commit together, so these are final once the others are visible.
            assertEquals(List.of(), itemsAbout(elsewhere + "-psb", caseId));
            assertEquals(List.of(), itemsAbout(district + "-med", caseId));
            assertEquals(2, rows("select count(*) from inbox_item where event_id = ?1", eventId));
        }
    }

    @Test
    @DisplayName("a case against a natural person reaches the inbox with the masked ID number only; an event with a "
            + "full number is dead-lettered and leaves no item")
    void personCaseReachesInboxMasked() {
        String district = aFreshDistrict();
        subscribe(district + "-psb", district);
        ObjectNode full = aPersonCaseFiled(district);
        ((ObjectNode) full.get("infringer")).put("idNumberMasked", "50015519900307409X");
        String fullKey = full.get("caseId").asText();
        String fullEvent = send(full);
        ObjectNode person = aPersonCaseFiled(district);
        String caseId = person.get("caseId").asText();
        String masked = person.at("/infringer/idNumberMasked").asText();
        send(person);

        awaitItems(district + "-psb", caseId, 1);
        Map<String, Object> item = itemsAbout(district + "-psb", caseId).get(0);
        assertTrue(masked.matches("[0-9]{6}\\*{8}[0-9]{3}[0-9X]"), masked);
        assertTrue(((String) item.get("summaryZh")).contains("（自然人，身份证号 " + masked + "）"), (String) item.get("summaryZh"));
        assertTrue(((String) item.get("summaryEn")).contains("(natural person, ID number " + masked + ")"),
                (String) item.get("summaryEn"));
        assertEquals(CASE_FILED, item.get("eventType"));

        ConsumerRecord<String, byte[]> letter = KafkaTestClient.awaitRecord(bootstrap, DLT,
                r -> fullKey.equals(r.key()), BOUND);
        String reason = KafkaTestClient.header(letter, "ipcollab.dlt.reason");
        assertTrue(reason.contains("idNumberMasked"), reason);
        assertFalse(reason.contains("50015519900307409X"), "the reason does not repeat the number");
        assertEquals(List.of(), itemsAbout(district + "-psb", fullKey));
        assertEquals(0, rows("select count(*) from processed_event where event_id = ?1", fullEvent));
        assertEquals(0, rows("select count(*) from inbox_item where summary_zh like ?1 or summary_en like ?1",
                "%50015519900307409X%"));
    }

    @Test
    @DisplayName("case.filed.v1 is recorded and ignored, not dead-lettered; a department still subscribed to v1 is told "
            + "of the v2 filing")
    void deprecatedV1IsIgnored() {
        String district = aFreshDistrict();
        subscribe(district + "-psb", district);
        subscribe(district + "-proc", district, Fixtures.CASE_FILED_V1);
        ObjectNode v2 = aCaseFiled(district);
        String caseId = v2.get("caseId").asText();
        ObjectNode v1 = anExampleCaseFiled(EventSchemas.examples(Fixtures.CASE_FILED_V1).get(0), district);
        v1.put("caseId", caseId);
        // One key, one partition: v1 first, then the marker, which is dead-lettered only after v1 was handled.
        String v1Event = CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, CloudEventsTestRecords.newId(),
                Fixtures.CASE_FILED_V1, caseId, v1);
        KafkaTestClient.send(bootstrap, CASE_TOPIC, caseId, Map.of(), "marker".getBytes(StandardCharsets.UTF_8));

        ConsumerRecord<String, byte[]> firstLetter = KafkaTestClient.awaitRecord(bootstrap, DLT,
                r -> caseId.equals(r.key()), BOUND);
        assertEquals(null, KafkaTestClient.header(firstLetter, "ce_type"), "the first dead letter of the case is the marker");
        assertEquals(1, rows("select count(*) from processed_event where event_id = ?1", v1Event));
        assertEquals(0, rows("select count(*) from inbox_item where case_id = cast(?1 as uuid)", caseId));

        String v2Event = send(v2);
        for (String department : List.of(district + "-psb", district + "-proc")) {
            awaitItems(department, caseId, 1);
            List<Map<String, Object>> items = itemsAbout(department, caseId);
            assertEquals(1, items.size(), department);
            assertEquals(v2Event, items.get(0).get("eventId"));
        }
    }

    @Test
    @DisplayName("the same event delivered twice makes one item per department; another event of the case is new")
    void redeliveryMakesOneItem() {
        String district = aFreshDistrict();
        List<String> departments = List.of(district + "-psb", district + "-proc");
        departments.forEach(d -> subscribe(d, district));
        ObjectNode data = aCaseFiled(district);
        String caseId = data.get("caseId").asText();

        String first = send(data);
        send(first, data);
        // Same case, same record key, same partition: consumed after both copies of the first.
        String later = send(data);

        for (String department : departments) {
            awaitItems(department, caseId, 2);
            List<Map<String, Object>> items = itemsAbout(department, caseId);
            assertEquals(Set.of(first, later), Set.copyOf(items.stream().map(i -> i.get("eventId")).toList()));
            assertEquals(2, items.size(), "one item for each of the two events, none for the redelivery");
        }
        assertEquals(2, rows("select count(*) from inbox_item where event_id = ?1", first));
        assertEquals(1, rows("select count(*) from processed_event where event_id = ?1", first));
    }

    @Test
    @DisplayName("the unique (event, department) key keeps a second item out even without the inbox guard")
    void uniqueKeyIsTheLastGuard() {
        String district = aFreshDistrict();
        CaseFiled filed = CaseEventRouting.parseCaseFiled(new IncomingEvent(CloudEventsTestRecords.newId(), CASE_FILED,
                "/test", null, null, aCaseFiled(district), CASE_TOPIC));
        Notification notification = new Notification(district + "-psb", CloudEventsTestRecords.newId(), CASE_FILED,
                filed.caseId(), district, NotificationText.of(filed));

        assertTrue(QuarkusTransaction.requiringNew().call(() -> items.addIfAbsent(notification, Instant.now())));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> items.addIfAbsent(notification, Instant.now())));
        assertEquals(1, rows("select count(*) from inbox_item where event_id = ?1", notification.eventId()));
    }

    @Test
    @DisplayName("a record that is no CloudEvent and a case.filed without a district go to the dead-letter topic "
            + "with the reason; the next event is still applied")
    void poisonRecordsAreDeadLettered() {
        String district = aFreshDistrict();
        subscribe(district + "-psb", district);

        String notACloudEventKey = UUID.randomUUID().toString();
        KafkaTestClient.send(bootstrap, CASE_TOPIC, notACloudEventKey, Map.of(),
                "this is not a CloudEvent".getBytes(StandardCharsets.UTF_8));
        ObjectNode withoutDistrict = aCaseFiled(district);
        withoutDistrict.remove("district");
        String noDistrictEvent = send(withoutDistrict);
        String noDistrictKey = withoutDistrict.get("caseId").asText();
        ObjectNode unknownKind = aCaseFiled(district);
        unknownKind.put("ipKind", "INDUSTRIAL_DESIGN");
        String unknownKindKey = unknownKind.get("caseId").asText();
        send(unknownKind);
        ObjectNode valid = aCaseFiled(district);
        send(valid);

        awaitItems(district + "-psb", valid.get("caseId").asText(), 1);
        assertEquals(List.of(), itemsAbout(district + "-psb", noDistrictKey));
        assertEquals(List.of(), itemsAbout(district + "-psb", unknownKindKey));

        Set<String> poisonKeys = Set.of(notACloudEventKey, noDistrictKey, unknownKindKey);
        List<ConsumerRecord<String, byte[]>> letters = KafkaTestClient.awaitRecords(bootstrap, DLT,
                r -> poisonKeys.contains(r.key()), 3, BOUND);
        assertEquals(poisonKeys, Set.copyOf(letters.stream().map(ConsumerRecord::key).toList()));
        for (ConsumerRecord<String, byte[]> letter : letters) {
            String reason = KafkaTestClient.header(letter, "ipcollab.dlt.reason");
            assertNotNull(reason, "reason header");
            assertFalse(reason.isBlank());
            assertEquals(CASE_TOPIC, KafkaTestClient.header(letter, "ipcollab.dlt.topic"));
            assertEquals("notification-service", KafkaTestClient.header(letter, "ipcollab.dlt.consumer"));
            assertNotNull(KafkaTestClient.header(letter, "ipcollab.dlt.offset"));
            if (letter.key().equals(notACloudEventKey)) {
                assertEquals("this is not a CloudEvent", new String(letter.value(), StandardCharsets.UTF_8));
            }
            if (letter.key().equals(noDistrictKey)) {
                assertTrue(reason.contains("district"), reason);
            }
            if (letter.key().equals(unknownKindKey)) {
                assertTrue(reason.contains("INDUSTRIAL_DESIGN"), reason);
            }
        }
        // A dead-lettered event leaves no trace in the inbox guard, so a corrected copy could still be applied.
        assertEquals(0, rows("select count(*) from processed_event where event_id = ?1", noDistrictEvent));
    }

    @Test
    @DisplayName("an event type this service does not handle is recorded and ignored, not dead-lettered")
    void unknownTypesAreIgnored() {
        String district = aFreshDistrict();
        subscribe(district + "-psb", district);
        ObjectNode data = aCaseFiled(district);
        String caseId = data.get("caseId").asText();
        String eventId = CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, CloudEventsTestRecords.newId(),
                "org.ipcollab.case.reopened.v1", caseId, data);

        await().atMost(BOUND).pollInterval(Duration.ofMillis(200))
                .until(() -> rows("select count(*) from processed_event where event_id = ?1", eventId) == 1);
        assertEquals(List.of(), itemsAbout(district + "-psb", caseId));
        given().auth().oauth2(tokenOf(district + "-psb")).when().get("/inboxes/" + district + "-psb/items")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
    }
}
