package org.ipcollab.notification.routing;

import java.util.UUID;

import org.ipcollab.notification.routing.domain.RecipientKind;
import org.ipcollab.notification.routing.domain.RoutingRule;

/** A routing rule; {@code district} null and {@code seeded} true for the domain defaults. */
public record RoutingRuleResponse(UUID id, String name, String district, String eventTypePattern, String departmentId,
        String actorRole, Boolean majorCase, Recipient recipient, boolean seeded) {
    public record Recipient(RecipientKind kind, String value) {
    }

    static RoutingRuleResponse of(RoutingRule r) {
        return new RoutingRuleResponse(r.id(), r.name(), r.district(), r.eventTypePattern(), r.departmentId(),
                r.actorRole(), r.majorCase(), new Recipient(r.recipientKind(), r.recipientValue()), r.seeded());
    }
}
