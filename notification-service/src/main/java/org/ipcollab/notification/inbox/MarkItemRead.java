package org.ipcollab.notification.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.ipcollab.notification.security.Caller;

import io.quarkus.security.ForbiddenException;

/**
 * 已读 — a department marks one of its inbox items read. Only the department itself may: {@code readAt} records that
 * the department has seen the notice, which an administrator reading it on the department's behalf has not.
 * Marking an item read twice keeps the first time.
 */
@ApplicationScoped
public class MarkItemRead {
    @Inject
    InboxItemRepository items;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    @Transactional
    public void markRead(String departmentId, UUID itemId) {
        InboxItemEntity item = ownItem(departmentId, itemId);
        if (item.readAt == null) {
            item.readAt = Instant.now(clock);
        }
    }

    /** 确认收悉 — acknowledged by the caller; an acknowledged item is read too. A second acknowledgement changes nothing. */
    @Transactional
    public void acknowledge(String departmentId, UUID itemId) {
        InboxItemEntity item = ownItem(departmentId, itemId);
        Instant now = Instant.now(clock);
        if (item.readAt == null) {
            item.readAt = now;
        }
        if (item.acknowledgedAt == null) {
            item.acknowledgedAt = now;
            item.acknowledgedBy = caller.subject();
        }
    }

    private InboxItemEntity ownItem(String departmentId, UUID itemId) {
        if (!caller.department().equals(departmentId)) {
            throw new ForbiddenException("a caller of department " + caller.department()
                    + " cannot mark items of department " + departmentId + " read");
        }
        return items.findByIdOptional(itemId)
                .filter(i -> i.departmentId.equals(departmentId))
                .orElseThrow(() -> new NotFoundException("no item " + itemId + " in the inbox of " + departmentId));
    }
}
