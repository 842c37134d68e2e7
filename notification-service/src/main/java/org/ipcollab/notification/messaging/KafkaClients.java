package org.ipcollab.notification.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.smallrye.common.annotation.Identifier;

/**
 * Kafka clients built from the {@code kafka.*} configuration that quarkus-kafka-client exposes. Serializers are given
 * as class names so the client configures them (an instance passed to the constructor is never configured).
 */
@ApplicationScoped
public class KafkaClients {
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /** Idempotent producer of CloudEvents in binary mode for the outbox relay. */
    public Producer<String, CloudEvent> eventProducer() {
        Map<String, Object> c = only(ProducerConfig.configNames());
        c.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox");
        c.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        c.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        reliable(c);
        return new KafkaProducer<>(c);
    }

    /** Producer of raw records, for the dead-letter topic (the original bytes are kept as they came). */
    public Producer<String, byte[]> rawProducer() {
        Map<String, Object> c = only(ProducerConfig.configNames());
        c.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-dead-letter");
        c.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        c.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        reliable(c);
        return new KafkaProducer<>(c);
    }

    /** Consumer in this service's group (group id = application name); offsets are committed by hand. */
    public KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> c = only(ConsumerConfig.configNames());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, applicationName);
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, applicationName + "-inbox");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(c);
    }

    public Admin admin() {
        Map<String, Object> c = only(AdminClientConfig.configNames());
        c.put(AdminClientConfig.CLIENT_ID_CONFIG, applicationName + "-admin");
        c.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        c.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return Admin.create(c);
    }

    private static void reliable(Map<String, Object> c) {
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // While the broker is away a send fails within seconds instead of holding the relay's transaction for minutes.
        c.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        c.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        c.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        c.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 2);
    }

    private Map<String, Object> only(Set<String> names) {
        Map<String, Object> c = new HashMap<>();
        kafkaConfig.forEach((k, v) -> {
            if (names.contains(k)) {
                c.put(k, v);
            }
        });
        return c;
    }
}
