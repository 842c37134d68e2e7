package org.ipcollab.referral.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Topics, partitions and outbox/inbox tuning of this service (prefix {@code ipcollab.messaging}). */
@ConfigMapping(prefix = "ipcollab.messaging")
public interface MessagingConfig {
    /** The one topic this service publishes to, e.g. {@code ipcollab.case.v1}. */
    String topic();

    /** Where records this service cannot parse or apply go, with the reason in headers. */
    String deadLetterTopic();

    /** Topics this service consumes; none means no consumer runs. */
    Optional<List<String>> subscriptions();

    /** CloudEvents {@code source} prefix; the district is appended per event. */
    String source();

    @WithDefault("6")
    int partitions();

    @WithDefault("1")
    short replication();

    /** Rows the relay claims per round. */
    @WithDefault("500")
    int relayBatchSize();

    /** How long the relay waits for a wake-up before it looks at the outbox anyway. */
    @WithDefault("200ms")
    Duration relayIdleWait();

    /** How long published outbox rows are kept before the purge deletes them. */
    @WithDefault("P7D")
    Duration outboxRetention();

    /** Wait before a record whose effect failed for a passing reason (database away) is tried again. */
    @WithDefault("1s")
    Duration retryBackoff();
}
