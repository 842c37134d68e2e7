package org.ipcollab.notification.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ipcollab.notification.routing.domain.RecipientKind;
import org.ipcollab.notification.routing.domain.TypePattern;
import org.ipcollab.notification.subscription.domain.Subscription;

/**
 * A district's routing rule as an administrator writes it. {@code departmentId}, {@code actorRole} and
 * {@code majorCase} are optional criteria (absent: any).
 */
public record RoutingRuleRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = Subscription.DISTRICT, message = "must be a 6-digit district code") String district,
        @NotNull @Pattern(regexp = TypePattern.SYNTAX,
                message = "must be an event type, * for any characters, e.g. org.ipcollab.referral.*") String eventTypePattern,
        @Pattern(regexp = Subscription.DEPARTMENT, message = "must be a department id like 500155-psb") String departmentId,
        @Pattern(regexp = "regulator|police|procuratorate|court|mediator|district-liaison|admin",
                message = "must be one of the seven roles") String actorRole,
        Boolean majorCase,
        @NotNull @Valid Recipient recipient) {

    public record Recipient(@NotNull RecipientKind kind, @Size(max = 100) String value) {
    }
}
