package org.ipcollab.cases.infringement.domain;

/** A command the case's lifecycle does not allow in its current state (answered 409). */
public class CaseRefused extends RuntimeException {
    public CaseRefused(String message) {
        super(message);
    }
}
