package org.ipcollab.e2e;

import static org.awaitility.Awaitility.await;
import static org.ipcollab.testsupport.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ipcollab.testsupport.CloudEventsTestRecords;
import org.ipcollab.testsupport.KafkaTestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Poison records on case-service's topic (issue 8 item 2), across processes: a record that is not a CloudEvent (no
 * {@code ce_} headers, bytes that are not JSON) and a {@code case.filed.v2} CloudEvent without its required
 * {@code departmentId}, written by a plain Kafka producer onto <em>every</em> partition of {@code ipcollab.case.v1}.
 * A case filed afterwards through REST therefore lands behind poison on whichever partition its key picks. Each
 * consumer of the topic (referral-, mediation- and notification-service) sets the poison aside in its own dead-letter
 * topic ({@code ipcollab.<svc>.dlt.v1}), once per record, as it came (key, value) with the reason headers, and goes on:
 * the good filing reaches both projections and the subscribed inbox. Keys and ids are unique per run, so the other
 * ITs are not disturbed (they ignore records they did not make).
 */
@ExtendWith(Suite.class)
class PoisonRecordIT {
    private static final String TOPIC = "ipcollab.case.v1";
    private static final String PSB = Suite.DISTRICT + "-psb";
    private static final Map<String, String> DEAD_LETTER_TOPICS = Map.of(
            Suite.REFERRAL, "ipcollab.referral.dlt.v1",
            Suite.MEDIATION, "ipcollab.mediation.dlt.v1",
            Suite.NOTIFICATION, "ipcollab.notification.dlt.v1");
    private static final Duration ARRIVAL = Duration.ofSeconds(60);

    private static Api api;

    @BeforeAll
    static void policeSubscribed() {
        api = new Api(Suite.get());
        api.subscribe(PSB);
    }

    @Test
    void poison_records_are_dead_lettered_once_by_every_consumer_and_a_later_filing_still_arrives() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Poison> poison = new LinkedHashMap<>(); // by record key
        Map<Integer, Long> lastPoisonOffset = new TreeMap<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Suite.BOOTSTRAP, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            int partitions = producer.partitionsFor(TOPIC).size();
            for (int p = 0; p < partitions; p++) {
                // not a CloudEvent and not JSON
                String garbageKey = "e2e-poison-" + run + "-garbage-" + p;
                byte[] garbage = ("{\"caseId\": \"" + garbageKey + "\", 不是 JSON \u0000").getBytes(StandardCharsets.UTF_8);
                send(producer, poison, lastPoisonOffset, new ProducerRecord<>(TOPIC, p, garbageKey, garbage),
                        "unparseable", "not a CloudEvent");

                // the right type, but the required departmentId is missing
                String caseId = UUID.randomUUID().toString();
                String eventId = CloudEventsTestRecords.newId();
                ObjectNode data = Api.JSON.createObjectNode()
                        .put("caseId", caseId)
                        .put("district", Suite.DISTRICT)
                        .put("ipKind", "TRADEMARK")
                        .put("title", "e2e 毒丸 " + run + " #" + p)
                        .put("status", "FILED")
                        .put("filedAt", Instant.now().toString());
                data.putObject("infringer").put("kind", "ORGANISATION").put("name", "重庆某某商贸有限公司")
                        .put("creditCode", Api.CREDIT_CODE);
                ProducerRecord<String, byte[]> event = new ProducerRecord<>(TOPIC, p, caseId,
                        data.toString().getBytes(StandardCharsets.UTF_8));
                CloudEventsTestRecords.headers(eventId, Api.CASE_FILED, "/ipcollab/e2e-poison/" + Suite.DISTRICT, caseId)
                        .forEach((k, v) -> event.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
                send(producer, poison, lastPoisonOffset, event, "not applicable", "departmentId");
            }
        }
        System.out.printf("[e2e] %d poison records on %s, 2 per partition%n", poison.size(), TOPIC);

        // a good filing after the poison: it lands behind poison on its partition
        String title = "e2e 毒丸之后立案 " + run;
        String caseId = api.fileCase(title).path("id").asText();
        ConsumerRecord<String, byte[]> filed = KafkaTestClient.awaitRecord(Suite.BOOTSTRAP, TOPIC,
                r -> caseId.equals(r.key()) && Api.CASE_FILED.equals(header(r, "ce_type")), ARRIVAL);
        assertTrue(lastPoisonOffset.get(filed.partition()) < filed.offset(),
                () -> "the filing (" + TOPIC + "-" + filed.partition() + "@" + filed.offset() + ") is behind poison");

        await("the filing is applied behind the poison").atMost(ARRIVAL).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertEquals(1, api.eventsApplied(Suite.REFERRAL, caseId, api.police()), Suite.REFERRAL);
                    assertEquals(1, api.eventsApplied(Suite.MEDIATION, caseId, api.police()), Suite.MEDIATION);
                    assertEquals(1, Api.countFor(api.inbox(PSB, api.police()), caseId), PSB + " inbox");
                });

        Map<String, Long> once = new TreeMap<>();
        DEAD_LETTER_TOPICS.keySet().forEach(svc -> poison.keySet().forEach(key -> once.put(svc + " " + key, 1L)));
        await("every poison record in every consumer's dead-letter topic").atMost(ARRIVAL)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertEquals(once, deadLetterCounts(poison)));
        // each once: no second copy turns up (a consumer that failed to commit would dead-letter it again)
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(once);
        await("dead letters unchanged for 3 s").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Map<String, Long> now = deadLetterCounts(poison);
                    return now.equals(last.getAndSet(now));
                });
        assertEquals(once, deadLetterCounts(poison), "each poison record dead-lettered once by each consumer");

        for (var dlt : DEAD_LETTER_TOPICS.entrySet()) {
            String service = dlt.getKey();
            for (ConsumerRecord<String, byte[]> letter : read(dlt.getValue(), poison)) {
                Poison original = poison.get(letter.key());
                String reason = String.valueOf(header(letter, "ipcollab.dlt.reason"));
                assertAll(service + " dead letter of " + letter.key(),
                        () -> assertArrayEquals(original.value, letter.value(), "value as it came"),
                        () -> assertTrue(reason.startsWith(original.reasonPrefix + ":"), "reason " + reason),
                        () -> assertTrue(reason.contains(original.reasonDetail), "reason " + reason),
                        () -> assertEquals(TOPIC, header(letter, "ipcollab.dlt.topic")),
                        () -> assertEquals(Integer.toString(original.partition), header(letter, "ipcollab.dlt.partition")),
                        () -> assertEquals(Long.toString(original.offset), header(letter, "ipcollab.dlt.offset")),
                        () -> assertEquals(service, header(letter, "ipcollab.dlt.consumer")));
            }
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, Map<String, Poison> poison,
            Map<Integer, Long> lastOffset, ProducerRecord<String, byte[]> record, String reasonPrefix,
            String reasonDetail) throws Exception {
        RecordMetadata m = producer.send(record).get();
        poison.put(record.key(), new Poison(m.partition(), m.offset(), record.value(), reasonPrefix, reasonDetail));
        lastOffset.merge(m.partition(), m.offset(), Math::max);
    }

    /** "&lt;service&gt; &lt;key&gt;" → how many dead letters of that poison record the service's topic holds. */
    private static Map<String, Long> deadLetterCounts(Map<String, Poison> poison) {
        Map<String, Long> out = new TreeMap<>();
        DEAD_LETTER_TOPICS.forEach((service, topic) -> read(topic, poison)
                .forEach(r -> out.merge(service + " " + r.key(), 1L, Long::sum)));
        return out;
    }

    /** The records of {@code topic}, from the beginning to its current end, whose key is one of the poison keys. */
    private static List<ConsumerRecord<String, byte[]>> read(String topic, Map<String, Poison> poison) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Suite.BOOTSTRAP,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end " + end + " within 20 s");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() != null && poison.containsKey(r.key()) && r.offset() < end.get(
                            new TopicPartition(topic, r.partition()))) {
                        found.add(r);
                    }
                }
            }
        }
        return found;
    }

    /** A record the test wrote, where it landed, and what the dead letter's reason must say. */
    private record Poison(int partition, long offset, byte[] value, String reasonPrefix, String reasonDetail) {
    }
}
