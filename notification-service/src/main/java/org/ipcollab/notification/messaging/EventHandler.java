package org.ipcollab.notification.messaging;

/**
 * Applies one incoming event inside the consumer's transaction. Dispatch with a switch over known types and an explicit
 * ignore branch; throw {@link UnprocessableEventException} for a known type whose data cannot be applied.
 */
public interface EventHandler {
    void handle(IncomingEvent event);
}
