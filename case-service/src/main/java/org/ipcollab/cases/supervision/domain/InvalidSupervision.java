package org.ipcollab.cases.supervision.domain;

/** A supervision or consultation that breaks a rule of its own; names the field the caller must change. */
public class InvalidSupervision extends IllegalArgumentException {
    private final String field;

    public InvalidSupervision(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
