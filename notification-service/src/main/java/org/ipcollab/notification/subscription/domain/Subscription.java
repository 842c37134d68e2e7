package org.ipcollab.notification.subscription.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * 订阅 — subscription: a department asks to be notified of some event types that happen in a district. One subscription
 * per (department, district); its event types are the CloudEvents types, e.g. {@code org.ipcollab.case.filed.v1}.
 */
public record Subscription(UUID id, String departmentId, String district, Set<String> eventTypes, Instant createdAt) {
    /** A 6-digit GB/T 2260 administrative division code, e.g. 500155 梁平区. */
    public static final String DISTRICT = "^[0-9]{6}$";
    /** A department id: its district, a dash, a short lowercase name, e.g. 500155-psb. */
    public static final String DEPARTMENT = "^[0-9]{6}-[a-z]+$";
    /** A versioned IPCollab CloudEvents type, e.g. org.ipcollab.case.filed.v1. */
    public static final String EVENT_TYPE = "^org\\.ipcollab\\.[a-z]+\\.[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)*\\.v[0-9]+$";

    private static final Pattern DISTRICT_PATTERN = Pattern.compile(DISTRICT);
    private static final Pattern DEPARTMENT_PATTERN = Pattern.compile(DEPARTMENT);
    private static final Pattern EVENT_TYPE_PATTERN = Pattern.compile(EVENT_TYPE);

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        if (departmentId == null || !DEPARTMENT_PATTERN.matcher(departmentId).matches()) {
            throw new IllegalArgumentException("not a department id: " + departmentId);
        }
        if (district == null || !DISTRICT_PATTERN.matcher(district).matches()) {
            throw new IllegalArgumentException("not a district code: " + district);
        }
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw new IllegalArgumentException("a subscription names at least one event type");
        }
        for (String type : eventTypes) {
            if (type == null || !EVENT_TYPE_PATTERN.matcher(type).matches()) {
                throw new IllegalArgumentException("not an IPCollab event type: " + type);
            }
        }
        eventTypes = Set.copyOf(eventTypes);
    }

    /** A new subscription of {@code departmentId} to {@code eventTypes} happening in {@code district}. */
    public static Subscription subscribe(String departmentId, String district, Set<String> eventTypes, Instant now) {
        return new Subscription(UUID.randomUUID(), departmentId, district, eventTypes, now);
    }

    /** True when an event of {@code eventType} in {@code eventDistrict} is one this subscription asks for. */
    public boolean covers(String eventType, String eventDistrict) {
        return district.equals(eventDistrict) && eventTypes.contains(eventType);
    }

    /** The district a department belongs to: the 6 digits before the dash of its id, or null for a malformed id. */
    public static String districtOfDepartment(String departmentId) {
        if (departmentId == null || !DEPARTMENT_PATTERN.matcher(departmentId).matches()) {
            return null;
        }
        return departmentId.substring(0, 6);
    }
}
