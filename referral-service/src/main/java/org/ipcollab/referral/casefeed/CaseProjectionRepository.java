package org.ipcollab.referral.casefeed;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaseProjectionRepository implements PanacheRepositoryBase<CaseProjectionEntity, UUID> {
}
