package org.ipcollab.notification.routing.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What routing needs to know of one event: its type and district, the department it concerns ({@code departmentId} of
 * the data, may be null), the role of the actor who caused it (the part before {@code @} of {@code actor}, may be
 * null), whether the case is a major case and who supervises it, and the top-level text fields of the data.
 */
public record EventFacts(String eventType, String district, String departmentId, String actorRole, boolean majorCase,
        Set<String> supervisors, Map<String, String> fields) {
    public EventFacts {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(district, "district");
        supervisors = supervisors == null ? Set.of() : Set.copyOf(supervisors);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** The role part of an actor such as {@code regulator@500155-amr}; null for {@code system} or no actor. */
    public static String roleOfActor(String actor) {
        if (actor == null) {
            return null;
        }
        int at = actor.indexOf('@');
        return at > 0 ? actor.substring(0, at) : null;
    }
}
