package org.ipcollab.cases.sharing.domain;

/** A command the agreement's, transfer's or request's state does not allow (answered 409). */
public class SharingRefused extends RuntimeException {
    public SharingRefused(String message) {
        super(message);
    }
}
