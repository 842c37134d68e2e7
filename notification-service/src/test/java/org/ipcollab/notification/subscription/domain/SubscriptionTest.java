package org.ipcollab.notification.subscription.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SubscriptionTest {
    static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
    static final String CASE_FILED = "org.ipcollab.case.filed.v1";

    @Test
    @DisplayName("a subscription covers its event types in its district only")
    void covers() {
        Subscription s = Subscription.subscribe("500155-psb", "500155", Set.of(CASE_FILED), NOW);
        assertTrue(s.covers(CASE_FILED, "500155"));
        assertFalse(s.covers(CASE_FILED, "511703"));
        assertFalse(s.covers("org.ipcollab.case.filed.v2", "500155"));
    }

    @Test
    @DisplayName("a subscription needs a department id, a district code and at least one versioned event type")
    void invalid() {
        assertThrows(IllegalArgumentException.class, () -> Subscription.subscribe("psb", "500155", Set.of(CASE_FILED), NOW));
        assertThrows(IllegalArgumentException.class, () -> Subscription.subscribe("500155-psb", "5001", Set.of(CASE_FILED), NOW));
        assertThrows(IllegalArgumentException.class, () -> Subscription.subscribe("500155-psb", "500155", Set.of(), NOW));
        assertThrows(IllegalArgumentException.class,
                () -> Subscription.subscribe("500155-psb", "500155", Set.of("case.filed"), NOW));
    }

    @Test
    @DisplayName("a department's district is the 6 digits before the dash of its id")
    void districtOfDepartment() {
        assertEquals("511703", Subscription.districtOfDepartment("511703-liaison"));
        assertNull(Subscription.districtOfDepartment("admin"));
        assertNull(Subscription.districtOfDepartment(null));
    }
}
