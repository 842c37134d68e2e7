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

    /**
     * One notification per subscribed department for the case.filed event {@code eventId}. A subscription that names
     * the deprecated {@link CaseFiled#TYPE_V1} still covers filings, which now arrive as {@link CaseFiled#TYPE}: the
     * department asked to hear of filed cases, and v1 events themselves are ignored.
     */
    public static List<Notification> caseFiled(String eventId, CaseFiled filed, Collection<Subscription> subscriptions) {
        NotificationText text = NotificationText.of(filed);
        SortedSet<String> departments = recipients(CaseFiled.TYPE, filed.district(), subscriptions);
        departments.addAll(recipients(CaseFiled.TYPE_V1, filed.district(), subscriptions));
        return departments.stream()
                .map(department -> new Notification(department, eventId, CaseFiled.TYPE, filed.caseId(),
                        filed.district(), text))
                .toList();
    }
}
