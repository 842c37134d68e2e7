package org.ipcollab.referral.referral.domain;

import java.util.Map;

/**
 * A business fact a step caused, e.g. {@code approved} or {@code clock-overdue}: published as
 * {@code org.ipcollab.referral.<name>.v1} with the referral's status after the step and the step's details.
 */
public record Fact(String name, String summaryZh, String summaryEn, Map<String, Object> details) {
    public Fact {
        details = details == null ? Map.of() : details;
    }

    public String type() {
        return "org.ipcollab.referral." + name + ".v1";
    }
}
