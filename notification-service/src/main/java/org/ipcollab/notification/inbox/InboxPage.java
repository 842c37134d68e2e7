package org.ipcollab.notification.inbox;

import java.util.List;

/** One page of a department's inbox; {@code total} counts every item that matches the filter. */
public record InboxPage(List<InboxItemResponse> items, int page, int size, long total) {
}
