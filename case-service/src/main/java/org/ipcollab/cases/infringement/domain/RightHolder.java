package org.ipcollab.cases.infringement.domain;

/** 权利人 — the holder of the infringed right: a name and, for an organisation, its unified social credit code. */
public record RightHolder(String name, String creditCode) {
    public RightHolder {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a right holder needs a name");
        }
        name = name.strip();
        if (creditCode != null && !UnifiedSocialCreditCode.isValid(creditCode)) {
            throw new IllegalArgumentException("not a valid unified social credit code: " + creditCode);
        }
    }
}
