package org.ipcollab.referral.referral;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<ReferralEntity, UUID> {
}
