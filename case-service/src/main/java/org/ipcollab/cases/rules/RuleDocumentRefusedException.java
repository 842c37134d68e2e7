package org.ipcollab.cases.rules;

/**
 * A rule document an administrator tried to load was refused (422): it is not valid JSON, breaks the file format,
 * does not match the year or id it was loaded under, or would leave the rules in force inconsistent (threshold rule
 * sets in force on the same day, calendars that disagree about a date). Nothing was stored. The message names the
 * place and the problem.
 */
public final class RuleDocumentRefusedException extends RuntimeException {
    public RuleDocumentRefusedException(String message) {
        super(message);
    }

    public RuleDocumentRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
