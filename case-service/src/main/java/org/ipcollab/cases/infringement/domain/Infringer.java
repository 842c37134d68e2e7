package org.ipcollab.cases.infringement.domain;

/** 侵权主体 — the party suspected of infringing, here an organisation with its unified social credit code. */
public record Infringer(String name, String creditCode) {
    public Infringer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an infringer needs a name");
        }
        if (!UnifiedSocialCreditCode.isValid(creditCode)) {
            throw new IllegalArgumentException("not a valid unified social credit code: " + creditCode);
        }
    }
}
