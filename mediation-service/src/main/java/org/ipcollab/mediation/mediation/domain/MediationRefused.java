package org.ipcollab.mediation.mediation.domain;

/** A command the rules do not allow. {@code code} is the stable problem type; {@code unprocessable} = 422, else 409. */
public class MediationRefused extends RuntimeException {
    private final String code;
    private final boolean unprocessable;

    public MediationRefused(String code, boolean unprocessable, String message) {
        super(message);
        this.code = code;
        this.unprocessable = unprocessable;
    }

    public static MediationRefused conflict(String message) {
        return new MediationRefused("conflict", false, message);
    }

    public String code() {
        return code;
    }

    public boolean unprocessable() {
        return unprocessable;
    }
}
