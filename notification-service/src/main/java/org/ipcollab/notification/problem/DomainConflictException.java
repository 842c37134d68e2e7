package org.ipcollab.notification.problem;

/** A request that is well-formed but not allowed in the current state (409). */
public class DomainConflictException extends RuntimeException {
    public DomainConflictException(String message) {
        super(message);
    }
}
