package org.ipcollab.referral.rules;

/** A rule data file (calendar or time limits) that cannot be read; the message names the file and the field. */
public final class RuleFileException extends RuntimeException {
    public RuleFileException(String message) {
        super(message);
    }

    public RuleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
