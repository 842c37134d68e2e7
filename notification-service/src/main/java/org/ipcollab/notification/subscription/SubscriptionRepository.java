package org.ipcollab.notification.subscription;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ipcollab.notification.subscription.domain.Subscription;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<SubscriptionEntity, UUID> {
    private static final Sort OLDEST_FIRST = Sort.by("createdAt").and("id");

    public boolean exists(String departmentId, String district) {
        return count("departmentId = ?1 and district = ?2", departmentId, district) > 0;
    }

    /** Every subscription to events of {@code district}, whichever department holds it. */
    public List<Subscription> inDistrict(String district) {
        return list("district", OLDEST_FIRST, district).stream().map(SubscriptionEntity::toDomain).toList();
    }

    public List<Subscription> ofDepartment(String departmentId) {
        return list("departmentId", OLDEST_FIRST, departmentId).stream().map(SubscriptionEntity::toDomain).toList();
    }
}
