package org.ipcollab.e2e;

import static org.awaitility.Awaitility.await;
import static org.ipcollab.testsupport.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.KafkaTestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A case filed at case-service travels over the broker as case.filed.v2 to both projections and to the subscribed
 * inboxes only, once each (the deprecated v1 published beside it for an organisation is ignored); a case against a
 * natural person travels too, with the masked ID number only.
 */
@ExtendWith(Suite.class)
class CaseTravelsAcrossServicesIT {
    private static final String PSB = Suite.DISTRICT + "-psb";
    private static final String PROC = Suite.DISTRICT + "-proc";
    private static final String COURT = Suite.DISTRICT + "-court";
    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);

    private static Api api;

    @BeforeAll
    static void subscribePoliceAndProcuratorate() {
        api = new Api(Suite.get());
        api.subscribe(PSB);
        api.subscribe(PROC);
    }

    @Test
    void a_filed_case_reaches_the_subscribed_inboxes_and_both_projections_exactly_once() {
        String title = "e2e 假冒注册商标 " + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = api.fileCase(title);
        String caseId = created.path("id").asText();
        assertAll("201 body",
                () -> assertEquals("FILED", created.path("status").asText()),
                () -> assertEquals(Suite.DISTRICT, created.path("district").asText()),
                () -> assertEquals(Suite.DISTRICT + "-amr", created.path("departmentId").asText()),
                () -> assertEquals(title, created.path("title").asText()));

        // what case-service published, read from the e2e broker as any other consumer would: v2, and the deprecated v1
        ConsumerRecord<String, byte[]> event = KafkaTestClient.awaitRecord(Suite.BOOTSTRAP, "ipcollab.case.v1",
                r -> caseId.equals(r.key()) && Api.CASE_FILED.equals(header(r, "ce_type")), ARRIVAL);
        ConsumerRecord<String, byte[]> v1 = KafkaTestClient.awaitRecord(Suite.BOOTSTRAP, "ipcollab.case.v1",
                r -> caseId.equals(r.key()) && Api.CASE_FILED_V1.equals(header(r, "ce_type")), ARRIVAL);
        assertEquals(List.of(), List.copyOf(EventSchemas.violations(Api.CASE_FILED_V1, Api.read(v1.value()))),
                "v1 data against docs/events/case.filed.v1.schema.json");
        String eventId = header(event, "ce_id");
        JsonNode data = Api.read(event.value());
        assertAll("CloudEvent (binary mode) of the case",
                () -> assertEquals(caseId, event.key(), "record key"),
                () -> assertEquals("1.0", header(event, "ce_specversion")),
                () -> assertEquals(Api.CASE_FILED, header(event, "ce_type")),
                () -> assertEquals(eventId, UUID.fromString(eventId).toString(), "ce_id is a UUID"),
                () -> assertEquals("/ipcollab/case-service/" + Suite.DISTRICT, header(event, "ce_source")),
                () -> assertEquals(caseId, header(event, "ce_subject")),
                () -> assertEquals(ZoneOffset.UTC, OffsetDateTime.parse(header(event, "ce_time")).getOffset(),
                        "ce_time in UTC"),
                () -> assertEquals("https://ipcollab.org/schemas/events/case.filed.v2.json",
                        header(event, "ce_dataschema")),
                () -> assertTrue(String.valueOf(header(event, "content-type")).startsWith("application/json"),
                        "content-type " + header(event, "content-type")),
                () -> assertEquals(caseId, data.path("caseId").asText()),
                () -> assertEquals(title, data.path("title").asText()),
                () -> assertEquals(List.of(), List.copyOf(EventSchemas.violations(Api.CASE_FILED, data)),
                        "data against docs/events/case.filed.v2.schema.json"));

        await("an item for case " + caseId + " in " + PSB + " and " + PROC).atMost(ARRIVAL).pollInterval(POLL)
                .untilAsserted(() -> {
                    assertEquals(1, Api.countFor(api.inbox(PSB, api.police()), caseId), PSB);
                    assertEquals(1, Api.countFor(api.inbox(PROC, api.procuratorate()), caseId), PROC);
                });
        JsonNode psbItem = Api.itemsFor(api.inbox(PSB, api.police()), caseId).get(0);
        assertAll("inbox item",
                () -> assertEquals(eventId, psbItem.path("eventId").asText()),
                () -> assertEquals(Api.CASE_FILED, psbItem.path("eventType").asText()),
                () -> assertEquals(Suite.DISTRICT, psbItem.path("district").asText()),
                () -> assertNotNull(psbItem.get("id")));
        assertEquals(0, Api.countFor(api.inbox(COURT, api.court()), caseId), COURT + " is not subscribed");

        await("both projections of case " + caseId).atMost(ARRIVAL).pollInterval(POLL).untilAsserted(() -> {
            assertEquals(1, api.eventsApplied(Suite.REFERRAL, caseId, api.police()), Suite.REFERRAL);
            assertEquals(1, api.eventsApplied(Suite.MEDIATION, caseId, api.police()), Suite.MEDIATION);
        });
        for (String service : List.of(Suite.REFERRAL, Suite.MEDIATION)) {
            JsonNode p = api.projection(service, caseId, api.police()).orElseThrow();
            assertAll(service + " projection",
                    () -> assertEquals(caseId, p.path("caseId").asText()),
                    () -> assertEquals(Suite.DISTRICT, p.path("district").asText()),
                    () -> assertEquals(title, p.path("title").asText()),
                    () -> assertEquals(1, p.path("eventsApplied").asLong()),
                    () -> assertEquals(eventId, p.path("lastEventId").asText()));
        }
    }

    @Test
    void a_case_against_a_natural_person_travels_as_v2_only_with_the_masked_id_number() {
        String title = "e2e 个人销售假冒注册商标 " + UUID.randomUUID().toString().substring(0, 8);
        String caseId = api.filePersonCase(title).path("id").asText();

        // One case's records share a partition in outbox order: a v1 of this filing would come before its v2.
        List<String> typesUpToV2 = new ArrayList<>();
        ConsumerRecord<String, byte[]> event = KafkaTestClient.awaitRecord(Suite.BOOTSTRAP, "ipcollab.case.v1", r -> {
            if (!caseId.equals(r.key())) {
                return false;
            }
            typesUpToV2.add(header(r, "ce_type"));
            return Api.CASE_FILED.equals(header(r, "ce_type"));
        }, ARRIVAL);
        String eventId = header(event, "ce_id");
        String value = new String(event.value(), StandardCharsets.UTF_8);
        JsonNode data = Api.read(event.value());
        assertAll("case.filed.v2 of a natural person",
                () -> assertEquals(List.of(Api.CASE_FILED), typesUpToV2, "no v1 for a person"),
                () -> assertEquals(List.of(), List.copyOf(EventSchemas.violations(Api.CASE_FILED, data))),
                () -> assertEquals("PERSON", data.at("/infringer/kind").asText()),
                () -> assertEquals(Api.PERSON_ID_MASKED, data.at("/infringer/idNumberMasked").asText()),
                () -> assertTrue(!value.contains(Api.PERSON_ID), "the full ID number is never published"));

        await("an item for person case " + caseId + " in " + PSB).atMost(ARRIVAL).pollInterval(POLL)
                .untilAsserted(() -> assertEquals(1, Api.countFor(api.inbox(PSB, api.police()), caseId), PSB));
        JsonNode item = Api.itemsFor(api.inbox(PSB, api.police()), caseId).get(0);
        assertAll("inbox item of a person case",
                () -> assertEquals(eventId, item.path("eventId").asText()),
                () -> assertTrue(item.path("summaryZh").asText().contains("自然人，身份证号 " + Api.PERSON_ID_MASKED),
                        item.path("summaryZh").asText()),
                () -> assertTrue(!item.toString().contains(Api.PERSON_ID), "never the full ID number"));

        await("both projections of person case " + caseId).atMost(ARRIVAL).pollInterval(POLL).untilAsserted(() -> {
            assertEquals(1, api.eventsApplied(Suite.REFERRAL, caseId, api.police()), Suite.REFERRAL);
            assertEquals(1, api.eventsApplied(Suite.MEDIATION, caseId, api.police()), Suite.MEDIATION);
        });
    }
}
