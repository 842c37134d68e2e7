package org.ipcollab.notification.inbox.domain;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.ipcollab.notification.subscription.domain.Subscription;

/**
 * Who is told of an event: every department with a {@link Subscription} that covers the event's type in the event's
 * district, once each. The filing department is told too if it subscribed; nobody else is.
 */
public final class Routing {
    private Routing() {
    }

    /** The departments whose subscriptions cover an event of {@code eventType} in {@code district}, sorted, once each. */
    public static SortedSet<String> recipients(String eventType, String district, Collection<Subscription> subscriptions) {
        SortedSet<String> departments = new TreeSet<>();
        for (Subscription s : subscriptions) {
            if (s.covers(eventType, district)) {
                departments.add(s.departmentId());
            }
        }
        return departments;
    }

    /** One notification per subscribed department for the case.filed event {@code eventId}. */
    public static List<Notification> caseFiled(String eventId, CaseFiled filed, Collection<Subscription> subscriptions) {
        NotificationText text = NotificationText.of(filed);
        return recipients(CaseFiled.TYPE, filed.district(), subscriptions).stream()
                .map(department -> new Notification(department, eventId, CaseFiled.TYPE, filed.caseId(),
                        filed.district(), text))
                .toList();
    }
}
