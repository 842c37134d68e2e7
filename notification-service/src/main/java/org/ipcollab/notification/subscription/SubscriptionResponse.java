package org.ipcollab.notification.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ipcollab.notification.subscription.domain.Subscription;

/** A subscription as the API shows it; event types sorted. */
public record SubscriptionResponse(UUID id, String departmentId, String district, List<String> eventTypes,
        Instant createdAt) {

    static SubscriptionResponse of(Subscription s) {
        return new SubscriptionResponse(s.id(), s.departmentId(), s.district(), s.eventTypes().stream().sorted().toList(),
                s.createdAt());
    }
}
