package org.ipcollab.notification.messaging;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Sends a record that cannot be parsed or applied to the dead-letter topic, as it came, with the reason in headers. */
@ApplicationScoped
public class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    KafkaClients clients;

    @Inject
    MessagingConfig config;

    @ConfigProperty(name = "quarkus.application.name")
    String consumer;

    private volatile Producer<String, byte[]> producer;

    /** Blocks until the broker has the dead letter; throws if it cannot, so the offset is not committed. */
    public void send(ConsumerRecord<String, byte[]> original, String reason) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(config.deadLetterTopic(), null, original.key(),
                original.value(), original.headers());
        letter.headers().add("ipcollab.dlt.reason", bytes(reason));
        letter.headers().add("ipcollab.dlt.topic", bytes(original.topic()));
        letter.headers().add("ipcollab.dlt.partition", bytes(String.valueOf(original.partition())));
        letter.headers().add("ipcollab.dlt.offset", bytes(String.valueOf(original.offset())));
        letter.headers().add("ipcollab.dlt.consumer", bytes(consumer));
        try {
            producer().send(letter).get(30, TimeUnit.SECONDS);
            LOG.warnf("dead-lettered %s-%d@%d: %s", original.topic(), original.partition(), original.offset(), reason);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("dead-letter topic unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        }
    }

    private static byte[] bytes(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = clients.rawProducer();
                }
            }
        }
        return producer;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
