package org.ipcollab.referral.referral;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReverseReferralRepository implements PanacheRepositoryBase<ReverseReferralEntity, UUID> {
}
