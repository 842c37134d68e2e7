package org.ipcollab.notification.messaging;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The inbox side of the backbone: one thread polls the subscribed topics and applies each record in its own
 * transaction together with the {@link Inbox} row, then commits the offsets. A record that cannot be parsed or applied
 * goes to the dead-letter topic and consumption goes on; a passing failure (database away) is retried from the same
 * offset, so nothing is skipped.
 */
@ApplicationScoped
public class EventConsumer {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject
    KafkaClients clients;

    @Inject
    MessagingConfig config;

    @Inject
    Inbox inbox;

    @Inject
    EventHandler handler;

    @Inject
    DeadLetters deadLetters;

    @Inject
    Topics topics;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.application.name")
    String consumerName;

    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    enum Outcome { DONE, RETRY }

    void start(@Observes StartupEvent startup) {
        List<String> subscriptions = config.subscriptions().orElse(List.of());
        if (subscriptions.isEmpty()) {
            return;
        }
        running = true;
        thread = new Thread(() -> run(subscriptions), consumerName + "-event-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private void run(List<String> subscriptions) {
        topics.ensure();
        try (KafkaConsumer<String, byte[]> c = clients.consumer()) {
            consumer = c;
            c.subscribe(subscriptions);
            while (running) {
                pollOnce(c);
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error("event consumer woken unexpectedly", e);
            }
        } catch (RuntimeException e) {
            LOG.error("event consumer stopped", e);
        }
    }

    private void pollOnce(KafkaConsumer<String, byte[]> c) {
        ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(500));
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean retry = false;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                if (process(record) == Outcome.RETRY) {
                    c.seek(partition, record.offset());
                    retry = true;
                    break;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!done.isEmpty()) {
            c.commitSync(done);
        }
        if (retry) {
            pause(config.retryBackoff());
        }
    }

    Outcome process(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event;
        try {
            event = decode(record);
        } catch (RuntimeException e) {
            return deadLetter(record, "unparseable: " + e.getMessage());
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (inbox.firstDelivery(event.id(), consumerName)) {
                    handler.handle(event);
                }
            });
            return Outcome.DONE;
        } catch (RuntimeException e) {
            if (isPassing(e)) {
                LOG.warnf("event %s not applied yet (%s); retrying", event.id(), e.getMessage());
                return Outcome.RETRY;
            }
            return deadLetter(record, "not applicable: " + rootMessage(e));
        }
    }

    private Outcome deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        try {
            deadLetters.send(record, reason);
            return Outcome.DONE;
        } catch (RuntimeException e) {
            LOG.warnf("cannot dead-letter %s-%d@%d yet: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            return Outcome.RETRY;
        }
    }

    private IncomingEvent decode(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            throw new UnprocessableEventException("not a CloudEvent: " + e.getMessage(), e);
        }
        if (event.getData() == null) {
            throw new UnprocessableEventException("CloudEvent " + event.getId() + " carries no data");
        }
        JsonNode data;
        try {
            data = json.readTree(event.getData().toBytes());
        } catch (java.io.IOException e) {
            throw new UnprocessableEventException("data of " + event.getId() + " is not JSON: " + e.getMessage(), e);
        }
        if (data == null || !data.isObject()) {
            throw new UnprocessableEventException("data of " + event.getId() + " is not a JSON object");
        }
        return new IncomingEvent(event.getId(), event.getType(), String.valueOf(event.getSource()), event.getSubject(),
                event.getTime(), data, record.topic());
    }

    /** A failure that says nothing about the record itself: the database or a lock was away for a moment. */
    static boolean isPassing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnprocessableEventException) {
                return false;
            }
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P") || state.startsWith("40")) {
                    return true;
                }
            }
            String name = t.getClass().getName();
            if (name.endsWith("JDBCConnectionException") || name.endsWith("AcquisitionTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
