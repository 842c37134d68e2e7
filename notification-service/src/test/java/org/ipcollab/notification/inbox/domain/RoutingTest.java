package org.ipcollab.notification.inbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ipcollab.notification.subscription.domain.Subscription;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoutingTest {
    static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    static Subscription subscription(String department, String district, String... types) {
        return Subscription.subscribe(department, district, Set.of(types), NOW);
    }

    static CaseFiled aCaseFiledIn(String district) {
        return new CaseFiled(UUID.randomUUID(), district, district + "-amr", IpKind.PATENT, "假冒专利案",
                CaseFiled.Infringer.organisation("某某公司", "91500155MA60Y4K284"), NOW);
    }

    @Test
    @DisplayName("each department subscribed to case.filed in the case's district gets one notification")
    void subscribedDepartmentsOfTheDistrict() {
        List<Subscription> subscriptions = List.of(
                subscription("500155-psb", "500155", CaseFiled.TYPE),
                subscription("500155-court", "500155", CaseFiled.TYPE, "org.ipcollab.referral.accepted.v1"),
                subscription("511703-psb", "511703", CaseFiled.TYPE),
                subscription("500155-med", "500155", "org.ipcollab.referral.accepted.v1"));
        CaseFiled filed = aCaseFiledIn("500155");

        List<Notification> notifications = Routing.caseFiled("event-1", filed, subscriptions);

        assertEquals(List.of("500155-court", "500155-psb"), notifications.stream().map(Notification::departmentId).toList());
        for (Notification n : notifications) {
            assertEquals("event-1", n.eventId());
            assertEquals(CaseFiled.TYPE, n.eventType());
            assertEquals(filed.caseId(), n.caseId());
            assertEquals("500155", n.district());
            assertEquals(NotificationText.of(filed), n.text());
        }
    }

    @Test
    @DisplayName("a neighbouring district's liaison subscribed to this district is told; its own district is not enough")
    void crossDistrictSubscription() {
        List<Subscription> subscriptions = List.of(subscription("511703-liaison", "500155", CaseFiled.TYPE));
        assertEquals(Set.of("511703-liaison"), Routing.recipients(CaseFiled.TYPE, "500155", subscriptions));
        assertEquals(Set.of(), Routing.recipients(CaseFiled.TYPE, "511703", subscriptions));
    }

    @Test
    @DisplayName("a subscription that still names the deprecated case.filed.v1 is told of a v2 filing; a department "
            + "subscribed to both is told once")
    void v1SubscriptionsCoverV2Filings() {
        List<Subscription> subscriptions = List.of(
                subscription("500155-psb", "500155", CaseFiled.TYPE_V1),
                subscription("500155-proc", "500155", CaseFiled.TYPE_V1, CaseFiled.TYPE),
                subscription("500155-court", "500155", CaseFiled.TYPE));

        List<Notification> notifications = Routing.caseFiled("event-1", aCaseFiledIn("500155"), subscriptions);

        assertEquals(List.of("500155-court", "500155-proc", "500155-psb"),
                notifications.stream().map(Notification::departmentId).toList());
        assertEquals(Set.of(CaseFiled.TYPE), Set.copyOf(notifications.stream().map(Notification::eventType).toList()));
    }

    @Test
    @DisplayName("nobody subscribed, nobody told")
    void noSubscriptions() {
        assertEquals(List.of(), Routing.caseFiled("event-1", aCaseFiledIn("500155"), List.of()));
    }
}
