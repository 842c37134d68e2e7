package org.ipcollab.notification.messaging;

/** The record can never be applied as it is (not a CloudEvent, no JSON data, a required field missing): dead-letter it. */
public class UnprocessableEventException extends RuntimeException {
    public UnprocessableEventException(String message) {
        super(message);
    }

    public UnprocessableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
