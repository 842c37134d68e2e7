package org.ipcollab.referral.referral.domain;

/** A step a referral does not allow: by the wrong party ({@link #forbidden}) or not now (a conflict). */
public final class StepRefused extends RuntimeException {
    private final boolean forbidden;

    private StepRefused(String message, boolean forbidden) {
        super(message);
        this.forbidden = forbidden;
    }

    public static StepRefused forbidden(String message) {
        return new StepRefused(message, true);
    }

    public static StepRefused conflict(String message) {
        return new StepRefused(message, false);
    }

    public boolean forbidden() {
        return forbidden;
    }
}
