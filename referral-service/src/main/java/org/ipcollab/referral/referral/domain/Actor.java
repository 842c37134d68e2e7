package org.ipcollab.referral.referral.domain;

import java.util.Objects;

/** Who does a step: the token's subject, role, department and district. */
public record Actor(String subject, String role, String department, String district) {
    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(district, "district");
    }
}
