package org.ipcollab.notification.routing;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ipcollab.notification.routing.domain.RoutingRule;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RoutingRuleRepository implements PanacheRepositoryBase<RoutingRuleEntity, UUID> {
    private static final Sort ORDER = Sort.by("seeded", Sort.Direction.Descending).and("createdAt").and("id");

    /** The rules that apply in {@code district}: the seeded defaults and the district's own. */
    public List<RoutingRule> applicableIn(String district) {
        return list("district is null or district = ?1", ORDER, district).stream().map(RoutingRuleEntity::toDomain)
                .toList();
    }
}
