package org.ipcollab.cases.supervision;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.cases.security.Roles;
import org.ipcollab.cases.supervision.domain.MajorCaseSupervision;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * 重大案件联合督办 — mark a case major and read its supervision. Cases of another district answer 404 unless the
 * caller's department supervises them ({@link CaseAccess}).
 */
@Path("/cases/{id}/major-supervision")
@Tag(name = "major cases", description = "重大案件联合督办与会商 — joint supervision of major cases and consultations")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class MajorSupervisionResource {
    @Inject
    MarkCaseMajor markCaseMajor;

    @Inject
    CaseAccess access;

    @Inject
    ConsultationRepository consultations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
    @Operation(summary = "列为重大案件联合督办 — a regulator of the case's department or an admin of its district marks"
            + " it major: 201; 409 if it is major already")
    public RestResponse<SupervisionResponse> mark(@PathParam("id") UUID id, @NotNull @Valid MarkMajorRequest request) {
        MajorCaseSupervision s = markCaseMajor.mark(id, request);
        return RestResponse.ResponseBuilder.<SupervisionResponse>created(
                URI.create("/cases/" + id + "/major-supervision")).entity(SupervisionResponse.of(s, 0)).build();
    }

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
            Roles.DISTRICT_LIAISON, Roles.ADMIN})
    @Transactional
    @Operation(summary = "查看联合督办 — any role of the case's district, or of a supervising department; 404 when the"
            + " case is not major")
    public SupervisionResponse get(@PathParam("id") UUID id) {
        MajorCaseSupervision s = access.visibleMajor(id);
        return SupervisionResponse.of(s, consultations.count("caseId", id));
    }
}
