package org.ipcollab.cases.partnerfeed;

/** 移送与调解进展 — what referral-service and mediation-service last published about a case; null where nothing yet. */
public record PartnersView(PartnerStatusView referral, PartnerStatusView mediation) {
    public static final PartnersView NONE = new PartnersView(null, null);
}
