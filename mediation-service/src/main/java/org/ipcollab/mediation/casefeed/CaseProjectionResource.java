package org.ipcollab.mediation.casefeed;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.mediation.security.Caller;
import org.ipcollab.mediation.security.Roles;

@Path("/case-projections")
@Tag(name = "case-projections", description = "案件视图 — cases as this service learned them from case-service")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class CaseProjectionResource {
    @Inject
    CaseProjectionRepository projections;

    @Inject
    Caller caller;

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
            Roles.DISTRICT_LIAISON, Roles.ADMIN})
    @Transactional
    @Operation(summary = "one case of the caller's district as this service knows it")
    public CaseProjectionResponse get(@PathParam("caseId") UUID caseId) {
        return projections.findByIdOptional(caseId)
                .map(CaseProjectionEntity::toDomain)
                .filter(v -> v.visibleTo(caller.district()))
                .map(CaseProjectionResponse::of)
                .orElseThrow(() -> new NotFoundException("no case " + caseId + " known in district " + caller.district()));
    }
}
