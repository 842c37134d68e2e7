package org.ipcollab.notification.routing.domain;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * 路由规则 — routing rule: which departments hear of an event, beside those that subscribed. A rule matches by event
 * type (pattern), district (null: every district), the department the event concerns, the role of the actor who
 * caused it, and whether the case is a major case (null: either). The domain's defaults are rules with no district,
 * seeded by migration (V3) and read-only over the API; a district's administrator adds its own.
 */
public record RoutingRule(UUID id, String name, String district, String eventTypePattern, String departmentId,
        String actorRole, Boolean majorCase, RecipientKind recipientKind, String recipientValue, boolean seeded) {
    private static final Pattern DEPARTMENT = Pattern.compile("^[0-9]{6}-[a-z]+$");
    private static final Pattern NAME = Pattern.compile("^[a-z]+$");
    /** An event data field, or one level into an object: {@code departmentId}, {@code departments.policeDepartmentId}. */
    private static final Pattern FIELD = Pattern.compile("^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)?$");

    public RoutingRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipientKind, "recipientKind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is missing");
        }
        if (!TypePattern.isValid(eventTypePattern)) {
            throw new IllegalArgumentException("not an event-type pattern: " + eventTypePattern);
        }
        String problem = recipientProblem(recipientKind, recipientValue);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why {@code value} does not fit {@code kind}, or null when it does. */
    public static String recipientProblem(RecipientKind kind, String value) {
        return switch (kind) {
            case DISTRICT_DEPARTMENT -> {
                if (value == null) {
                    yield "DISTRICT_DEPARTMENT needs a department name like proc or liaison:toDistrict";
                }
                String[] parts = value.split(":", -1);
                boolean ok = parts.length <= 2 && NAME.matcher(parts[0]).matches()
                        && (parts.length == 1 || FIELD.matcher(parts[1]).matches());
                yield ok ? null : "DISTRICT_DEPARTMENT value must be a lowercase name, optionally :districtField";
            }
            case EVENT_DEPARTMENT -> value != null && FIELD.matcher(value).matches() ? null
                    : "EVENT_DEPARTMENT value must name an event field such as departmentId";
            case MAJOR_CASE_SUPERVISORS -> value == null ? null : "MAJOR_CASE_SUPERVISORS takes no value";
            case FIXED_DEPARTMENT -> value != null && DEPARTMENT.matcher(value).matches() ? null
                    : "FIXED_DEPARTMENT value must be a department id like 500155-psb";
        };
    }

    public boolean matches(EventFacts event) {
        return TypePattern.matches(eventTypePattern, event.eventType())
                && (district == null || district.equals(event.district()))
                && (departmentId == null || departmentId.equals(event.departmentId()))
                && (actorRole == null || actorRole.equals(event.actorRole()))
                && (majorCase == null || majorCase == event.majorCase());
    }

    /** The departments this rule names for {@code event} (empty if it does not match); malformed ids are dropped. */
    public Set<String> recipients(EventFacts event) {
        Set<String> out = new TreeSet<>();
        if (!matches(event)) {
            return out;
        }
        switch (recipientKind) {
            case DISTRICT_DEPARTMENT -> {
                String[] parts = recipientValue.split(":", -1);
                String district = parts.length == 2 ? event.fields().get(parts[1]) : event.district();
                if (district != null) {
                    out.add(district + "-" + parts[0]);
                }
            }
            case EVENT_DEPARTMENT -> {
                String department = event.fields().get(recipientValue);
                if (department != null) {
                    out.add(department);
                }
            }
            case MAJOR_CASE_SUPERVISORS -> out.addAll(event.supervisors());
            case FIXED_DEPARTMENT -> out.add(recipientValue);
        }
        out.removeIf(d -> !DEPARTMENT.matcher(d).matches());
        return out;
    }

    /** Every department any of {@code rules} names for {@code event}, sorted, once each. */
    public static Set<String> recipients(Iterable<RoutingRule> rules, EventFacts event) {
        Set<String> out = new TreeSet<>();
        for (RoutingRule rule : rules) {
            out.addAll(rule.recipients(event));
        }
        return out;
    }
}
