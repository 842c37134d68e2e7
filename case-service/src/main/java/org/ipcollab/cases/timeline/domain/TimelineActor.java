package org.ipcollab.cases.timeline.domain;

import java.util.Objects;

/** Who made a change: the token's subject, the role it acted in and its department. */
public record TimelineActor(String subject, String role, String department) {
    public TimelineActor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(department, "department");
    }
}
