package org.ipcollab.notification.subscription;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ipcollab.notification.subscription.domain.Subscription;

/** Body of {@code POST /subscriptions}. */
public record SubscribeRequest(
        @NotNull @Pattern(regexp = Subscription.DEPARTMENT, message = "must be a department id like 500155-psb")
        @Schema(example = "500155-psb") String departmentId,
        @NotNull @Pattern(regexp = Subscription.DISTRICT, message = "must be a 6-digit GB/T 2260 district code")
        @Schema(example = "500155") String district,
        @NotEmpty @Size(max = 50) @ValidEventTypes @Schema(example = "[\"org.ipcollab.case.filed.v2\"]")
        List<String> eventTypes) {
}
