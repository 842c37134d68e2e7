package org.ipcollab.mediation.mediation.domain;

import java.util.List;

/** The value types of a mediation. */
public final class Values {
    private Values() {
    }

    /** Which side of the dispute. */
    public enum Side {
        APPLICANT, RESPONDENT
    }

    /** Who signs an agreement. */
    public enum Signer {
        APPLICANT, RESPONDENT, MEDIATOR
    }

    /** Why a court is the one to confirm (CPL 2023 art 205): the inviting court, else where a party lives, the property is, or the mediator sits. */
    public enum CourtBasis {
        INVITING_COURT, PARTY_RESIDENCE, PROPERTY_LOCATION, MEDIATOR_LOCATION
    }

    /** Who requested the mediation. */
    public enum RequesterKind {
        COURT, AGENCY, PARTY
    }

    /** A party (当事人) and the platform user who acts for it. */
    public record Party(Side side, String name, String userId) {
    }

    /** 调解记录 — one session. */
    public record Session(int seq, String heldOn, String place, boolean online, List<String> attendees, String summary,
            List<String> documents, String recordedBy, String recordedAt) {
    }

    /** A term of the agreement with its performance deadline; {@code amountYuan} a decimal string for compensation. */
    public record Term(int seq, TermKind kind, String description, String amountYuan, String performBy,
            String performedAt, String performedNote) {
        public boolean performed() {
            return performedAt != null;
        }
    }

    /** A signature over the agreement's canonical text, identified by its SHA-256 hash; invalidated when the text changes. */
    public record Signature(Signer signer, String userId, String contentHash, String signedAt, String invalidatedAt) {
        public boolean valid() {
            return invalidatedAt == null;
        }
    }

    /** One party's application for judicial confirmation. */
    public record Application(Side side, String userId, String court, CourtBasis basis, String appliedAt) {
    }

    /** Who acted. */
    public record Actor(String userId, String role, String department) {
    }
}
