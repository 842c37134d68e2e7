package org.ipcollab.cases.supervision;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SupervisionRepository implements PanacheRepositoryBase<SupervisionEntity, UUID> {
}
