package org.ipcollab.notification.subscription;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.ipcollab.notification.subscription.domain.Subscription;

/** Persistence of {@link Subscription}; never a REST body. */
@Entity
@Table(name = "subscription")
public class SubscriptionEntity {
    @Id
    public UUID id;

    @Column(name = "department_id", nullable = false, length = 100)
    public String departmentId;

    @Column(nullable = false, length = 6)
    public String district;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subscription_event_type", joinColumns = @JoinColumn(name = "subscription_id"))
    @Column(name = "event_type", nullable = false, length = 200)
    public Set<String> eventTypes = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    static SubscriptionEntity from(Subscription s, String createdBy) {
        SubscriptionEntity e = new SubscriptionEntity();
        e.id = s.id();
        e.departmentId = s.departmentId();
        e.district = s.district();
        e.eventTypes = new HashSet<>(s.eventTypes());
        e.createdAt = s.createdAt();
        e.createdBy = createdBy;
        return e;
    }

    public Subscription toDomain() {
        return new Subscription(id, departmentId, district, Set.copyOf(eventTypes), createdAt);
    }
}
