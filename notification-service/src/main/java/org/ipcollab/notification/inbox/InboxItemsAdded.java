package org.ipcollab.notification.inbox;

import java.util.Set;
import java.util.UUID;

/**
 * CDI event fired in the consumer's transaction when items were added; observed after commit by the live stream, so
 * a client is told only of committed items (it then reads them from the table).
 */
public record InboxItemsAdded(Set<String> departments, Set<UUID> itemIds) {
}
