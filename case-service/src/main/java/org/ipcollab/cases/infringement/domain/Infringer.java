package org.ipcollab.cases.infringement.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 侵权主体（当事人） — the party suspected of infringing: an organisation with its unified social credit code, or a
 * natural person. The case keeps a person's resident ID number only {@link ResidentIdNumber#mask masked}; the full
 * number lives encrypted outside the domain (so no snapshot, response or event can carry it).
 */
public record Infringer(PartyKind kind, String name, String creditCode, String maskedIdNumber) {
    private static final Pattern MASKED = Pattern.compile("[0-9]{6}\\*{8}[0-9]{3}[0-9X]");

    public Infringer {
        Objects.requireNonNull(kind, "infringer kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an infringer needs a name");
        }
        name = name.strip();
        if (kind == PartyKind.ORGANISATION) {
            if (!UnifiedSocialCreditCode.isValid(creditCode)) {
                throw new IllegalArgumentException("not a valid unified social credit code: " + creditCode);
            }
            if (maskedIdNumber != null) {
                throw new IllegalArgumentException("an organisation has no resident ID number");
            }
        } else {
            if (creditCode != null) {
                throw new IllegalArgumentException("a natural person has no unified social credit code");
            }
            if (maskedIdNumber == null || !MASKED.matcher(maskedIdNumber).matches()) {
                throw new IllegalArgumentException("a natural person is kept with a masked resident ID number");
            }
        }
    }

    /** An organisation (单位). */
    public Infringer(String name, String creditCode) {
        this(PartyKind.ORGANISATION, name, creditCode, null);
    }

    /** A natural person (自然人), given a valid resident ID number, which is kept masked only. */
    public static Infringer person(String name, String residentIdNumber) {
        if (!ResidentIdNumber.isValid(residentIdNumber)) {
            throw new IllegalArgumentException("not a valid resident ID number");
        }
        return new Infringer(PartyKind.PERSON, name, null, ResidentIdNumber.mask(residentIdNumber));
    }
}
