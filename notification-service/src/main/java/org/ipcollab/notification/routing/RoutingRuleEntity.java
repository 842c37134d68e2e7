package org.ipcollab.notification.routing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ipcollab.notification.routing.domain.RecipientKind;
import org.ipcollab.notification.routing.domain.RoutingRule;

@Entity
@Table(name = "routing_rule")
public class RoutingRuleEntity {
    @Id
    public UUID id;
    @Column(nullable = false, length = 200)
    public String name;
    @Column(length = 6)
    public String district;
    @Column(name = "event_type_pattern", nullable = false, length = 200)
    public String eventTypePattern;
    @Column(name = "department_id", length = 100)
    public String departmentId;
    @Column(name = "actor_role", length = 40)
    public String actorRole;
    @Column(name = "major_case")
    public Boolean majorCase;
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, length = 40)
    public RecipientKind recipientKind;
    @Column(name = "recipient_value", length = 100)
    public String recipientValue;
    @Column(nullable = false)
    public boolean seeded;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    public RoutingRule toDomain() {
        return new RoutingRule(id, name, district, eventTypePattern, departmentId, actorRole, majorCase, recipientKind,
                recipientValue, seeded);
    }

    void apply(RoutingRule r) {
        id = r.id();
        name = r.name();
        district = r.district();
        eventTypePattern = r.eventTypePattern();
        departmentId = r.departmentId();
        actorRole = r.actorRole();
        majorCase = r.majorCase();
        recipientKind = r.recipientKind();
        recipientValue = r.recipientValue();
        seeded = r.seeded();
    }
}
