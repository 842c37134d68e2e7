package org.ipcollab.referral.rules.domain;

/** Who may extend a statutory period (延长期限). */
public enum ExtensionAuthority {
    /** 负责人批准 — approval by the head of the agency or court. */
    APPROVAL,
    /** 负责人集体讨论决定 — a recorded collective decision of the agency's heads. */
    COLLECTIVE_DECISION,
    /** 当事人同意 — agreement of the parties (court-invited mediation). */
    PARTIES_AGREEMENT
}
