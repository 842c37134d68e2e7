package org.ipcollab.mediation.mediation;

/**
 * 当事人 — parties act on the platform as users whose token carries the group {@value #PARTY} (not one of the shared
 * {@code Roles}, which are a byte-identical copy in every service; parties exist only in mediation-service). A party's
 * {@code sub} is the {@code userId} the request named for it; a party sees and acts on its own mediations only.
 * The token still carries {@code dept} (the party's own id) and {@code district}.
 */
public final class PartyAccess {
    /** The token group of a party to a mediation. */
    public static final String PARTY = "party";

    private PartyAccess() {
    }
}
