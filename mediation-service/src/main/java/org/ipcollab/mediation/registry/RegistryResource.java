package org.ipcollab.mediation.registry;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.ipcollab.mediation.mediation.PartyAccess;
import org.ipcollab.mediation.mediation.domain.MediationRefused;
import org.ipcollab.mediation.security.Caller;
import org.ipcollab.mediation.security.Roles;

import io.quarkus.security.ForbiddenException;

/**
 * 调解组织名册 — mediation organisations of a district, by kind, and their mediators with specialities and
 * availability. The district's admin manages it; a mediator may change its own availability. A mediator user is a
 * token of role {@code mediator} whose {@code dept} is the organisation id and whose {@code sub} is the mediator's
 * {@code userId}.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistryResource {
    @Inject
    Registry registry;

    @Inject
    Caller caller;

    /** Kinds of organisation (DOMAIN.md §1, 五调联动). */
    public enum OrganisationKind {
        PEOPLES_MEDIATION_COMMITTEE("人民调解委员会", "people's mediation committee"),
        INDUSTRY("行业性专业调解组织", "industry mediation organisation"),
        COMMERCIAL("商事调解组织", "commercial mediation organisation"),
        ADMINISTRATIVE("行政调解组织", "administrative mediation"),
        COURT_SPECIAL("特邀调解组织（法院）", "court special (invited) mediators");

        public final String labelZh;
        public final String labelEn;

        OrganisationKind(String zh, String en) {
            this.labelZh = zh;
            this.labelEn = en;
        }
    }

    /** What a mediator is qualified in. */
    public enum Speciality {
        PATENT, TRADEMARK, COPYRIGHT, GEOGRAPHICAL_INDICATION, PLANT_VARIETY, TRADE_SECRET
    }

    public record CreateOrganisationRequest(@NotNull OrganisationKind kind, @NotBlank @Size(max = 200) String name) {
    }

    public record OrganisationResponse(UUID id, String district, OrganisationKind kind, String kindZh, String kindEn,
            String name, String createdAt) {
    }

    public record CreateMediatorRequest(@NotBlank @Size(max = 200) String userId, @NotBlank @Size(max = 100) String name,
            @NotEmpty List<@NotNull Speciality> specialities, boolean available) {
    }

    public record AvailabilityRequest(@NotNull Boolean available) {
    }

    public record MediatorResponse(UUID id, UUID organisationId, String userId, String name, List<Speciality> specialities,
            boolean available) {
    }

    @POST
    @Path("organisations")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Response createOrganisation(@Valid @NotNull CreateOrganisationRequest request) {
        OrganisationResponse created = registry.createOrganisation(caller.district(), request.kind(), request.name(), Instant.now());
        return Response.created(URI.create("/organisations/" + created.id())).entity(created).build();
    }

    @GET
    @Path("organisations")
    @RolesAllowed({Roles.ADMIN, Roles.COURT, Roles.MEDIATOR, Roles.REGULATOR, PartyAccess.PARTY})
    @Transactional
    public List<OrganisationResponse> organisations(@QueryParam("kind") OrganisationKind kind) {
        return registry.organisations(caller.district(), kind);
    }

    @GET
    @Path("organisations/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COURT, Roles.MEDIATOR, Roles.REGULATOR, PartyAccess.PARTY})
    @Transactional
    public OrganisationResponse organisation(@PathParam("id") UUID id) {
        OrganisationResponse o = registry.organisation(id).orElseThrow(() -> new NotFoundException("no organisation " + id));
        caller.requireDistrict(o.district());
        return o;
    }

    @POST
    @Path("organisations/{id}/mediators")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Response addMediator(@PathParam("id") UUID id, @Valid @NotNull CreateMediatorRequest request) {
        OrganisationResponse o = organisation(id);
        if (registry.mediatorByUser(request.userId()).isPresent()) {
            throw new MediationRefused("mediator-exists", false, "user " + request.userId() + " is already a mediator");
        }
        MediatorResponse m = registry.addMediator(o.id(), request.userId(), request.name(), request.specialities(),
                request.available(), Instant.now());
        return Response.created(URI.create("/mediators/" + m.id())).entity(m).build();
    }

    @GET
    @Path("organisations/{id}/mediators")
    @RolesAllowed({Roles.ADMIN, Roles.COURT, Roles.MEDIATOR, Roles.REGULATOR, PartyAccess.PARTY})
    @Transactional
    public List<MediatorResponse> mediators(@PathParam("id") UUID id, @QueryParam("speciality") Speciality speciality,
            @QueryParam("available") Boolean available) {
        organisation(id);
        return registry.mediators(id).stream()
                .filter(m -> speciality == null || m.specialities().contains(speciality))
                .filter(m -> available == null || m.available() == available).toList();
    }

    @PUT
    @Path("mediators/{id}/availability")
    @RolesAllowed({Roles.ADMIN, Roles.MEDIATOR})
    @Transactional
    public MediatorResponse availability(@PathParam("id") UUID id, @Valid @NotNull AvailabilityRequest request) {
        MediatorResponse m = registry.mediator(id).orElseThrow(() -> new NotFoundException("no mediator " + id));
        OrganisationResponse o = registry.organisation(m.organisationId()).orElseThrow();
        boolean self = caller.hasRole(Roles.MEDIATOR) && m.userId().equals(caller.subject());
        boolean admin = caller.hasRole(Roles.ADMIN) && caller.district().equals(o.district());
        if (!self && !admin) {
            throw new ForbiddenException("only the mediator or the admin of district " + o.district() + " changes availability");
        }
        registry.setAvailable(id, request.available());
        return registry.mediator(id).orElseThrow();
    }

    static List<Speciality> specialities(String stored) {
        return Arrays.stream(stored.split(",")).filter(x -> !x.isBlank()).map(Speciality::valueOf).toList();
    }
}
