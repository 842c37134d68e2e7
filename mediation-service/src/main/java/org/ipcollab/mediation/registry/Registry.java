package org.ipcollab.mediation.registry;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ipcollab.mediation.registry.RegistryResource.MediatorResponse;
import org.ipcollab.mediation.registry.RegistryResource.OrganisationKind;
import org.ipcollab.mediation.registry.RegistryResource.OrganisationResponse;
import org.ipcollab.mediation.registry.RegistryResource.Speciality;

/** The registry tables ({@code mediation_organisation}, {@code mediator}). */
@ApplicationScoped
public class Registry {
    @Inject
    EntityManager em;

    @Transactional(TxType.MANDATORY)
    public OrganisationResponse createOrganisation(String district, OrganisationKind kind, String name, Instant now) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into mediation_organisation (id, district, kind, name, created_at)"
                + " values (:id, :district, :kind, :name, :now)").setParameter("id", id).setParameter("district", district)
                .setParameter("kind", kind.name()).setParameter("name", name).setParameter("now", now).executeUpdate();
        return organisation(id).orElseThrow();
    }

    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<OrganisationResponse> organisations(String district, OrganisationKind kind) {
        List<Object[]> rows = em.createNativeQuery("select cast(id as text), district, kind, name, created_at"
                + " from mediation_organisation where district = :district and (:kind = '' or kind = :kind)"
                + " order by name, id").setParameter("district", district)
                .setParameter("kind", kind == null ? "" : kind.name()).getResultList();
        return rows.stream().map(Registry::organisation).toList();
    }

    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<OrganisationResponse> organisation(UUID id) {
        List<Object[]> rows = em.createNativeQuery("select cast(id as text), district, kind, name, created_at"
                + " from mediation_organisation where id = :id").setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(Registry::organisation);
    }

    @Transactional(TxType.MANDATORY)
    public MediatorResponse addMediator(UUID organisationId, String userId, String name, List<Speciality> specialities,
            boolean available, Instant now) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into mediator (id, organisation_id, user_id, name, specialities, available, created_at)"
                + " values (:id, :org, :user, :name, :spec, :available, :now)").setParameter("id", id)
                .setParameter("org", organisationId).setParameter("user", userId).setParameter("name", name)
                .setParameter("spec", specialities.stream().distinct().map(Enum::name).collect(Collectors.joining(",")))
                .setParameter("available", available).setParameter("now", now).executeUpdate();
        return mediator(id).orElseThrow();
    }

    @Transactional(TxType.MANDATORY)
    public List<MediatorResponse> mediators(UUID organisationId) {
        return query("organisation_id = :p order by name, id", organisationId);
    }

    @Transactional(TxType.MANDATORY)
    public Optional<MediatorResponse> mediator(UUID id) {
        return query("id = :p", id).stream().findFirst();
    }

    @Transactional(TxType.MANDATORY)
    public Optional<MediatorResponse> mediatorByUser(String userId) {
        return query("user_id = :p", userId).stream().findFirst();
    }

    @Transactional(TxType.MANDATORY)
    public void setAvailable(UUID id, boolean available) {
        em.createNativeQuery("update mediator set available = :a where id = :id").setParameter("a", available)
                .setParameter("id", id).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<MediatorResponse> query(String where, Object p) {
        List<Object[]> rows = em.createNativeQuery("select cast(id as text), cast(organisation_id as text), user_id, name,"
                + " specialities, available from mediator where " + where).setParameter("p", p).getResultList();
        return rows.stream().map(r -> new MediatorResponse(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]),
                (String) r[2], (String) r[3], RegistryResource.specialities((String) r[4]), (Boolean) r[5])).toList();
    }

    private static OrganisationResponse organisation(Object[] r) {
        OrganisationKind kind = OrganisationKind.valueOf((String) r[2]);
        return new OrganisationResponse(UUID.fromString((String) r[0]), (String) r[1], kind, kind.labelZh, kind.labelEn,
                (String) r[3], instant(r[4]).toString());
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
