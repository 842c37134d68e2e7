package org.ipcollab.notification.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/** Creates this service's topic and dead-letter topic with the configured partitions and replication, once. */
@ApplicationScoped
public class Topics {
    private static final Logger LOG = Logger.getLogger(Topics.class);

    @Inject
    MessagingConfig config;

    @Inject
    KafkaClients clients;

    private volatile boolean ensured;

    /** Idempotent; a broker that is away leaves it to the next call. */
    public void ensure() {
        if (ensured) {
            return;
        }
        synchronized (this) {
            if (ensured) {
                return;
            }
            List<NewTopic> wanted = new ArrayList<>();
            wanted.add(new NewTopic(config.topic(), config.partitions(), config.replication()));
            wanted.add(new NewTopic(config.deadLetterTopic(), config.partitions(), config.replication()));
            try (Admin admin = clients.admin()) {
                for (var entry : admin.createTopics(wanted).values().entrySet()) {
                    try {
                        entry.getValue().get(10, TimeUnit.SECONDS);
                        LOG.infof("created topic %s", entry.getKey());
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e;
                        }
                    }
                }
                ensured = true;
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.warnf("topics not ensured yet (%s); will try again", e.getMessage());
            }
        }
    }
}
