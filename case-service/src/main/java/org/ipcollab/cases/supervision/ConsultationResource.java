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
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.cases.security.Roles;
import org.ipcollab.cases.supervision.domain.Consultation;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.panache.common.Sort;

/** 重大案件会商 — record and read the consultations on a major case; the readers of its supervision read them. */
@Path("/cases/{id}/consultations")
@Tag(name = "major cases", description = "重大案件联合督办与会商 — joint supervision of major cases and consultations")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationResource {

    @Inject
    RecordConsultation recordConsultation;

    @Inject
    CaseAccess access;

    @Inject
    ConsultationRepository consultations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
            Roles.DISTRICT_LIAISON, Roles.ADMIN})
    @Operation(summary = "记录会商 — a regulator of the case's department or anyone of a supervising department: 201;"
            + " 409 if the case is not major")
    public RestResponse<ConsultationResponse> record(@PathParam("id") UUID id,
            @NotNull @Valid ConsultationRequest request) {
        Consultation c = recordConsultation.record(id, request);
        return RestResponse.ResponseBuilder.<ConsultationResponse>created(
                URI.create("/cases/" + id + "/consultations/" + c.id())).entity(ConsultationResponse.of(c)).build();
    }

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
            Roles.DISTRICT_LIAISON, Roles.ADMIN})
    @Transactional
    @Operation(summary = "会商列表 — the consultations of a major case, earliest held first; 404 when not major")
    public ConsultationResponse.ListResponse list(@PathParam("id") UUID id) {
        access.visibleMajor(id);
        return new ConsultationResponse.ListResponse(id, consultations
                .list("caseId", Sort.ascending("heldAt").and("recordedAt"), id).stream()
                .map(e -> ConsultationResponse.of(e.toDomain())).toList());
    }

    @GET
    @Path("/{consultationId}")
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
            Roles.DISTRICT_LIAISON, Roles.ADMIN})
    @Transactional
    @Operation(summary = "查看会商 — one consultation of a major case")
    public ConsultationResponse get(@PathParam("id") UUID id, @PathParam("consultationId") UUID consultationId) {
        access.visibleMajor(id);
        return consultations.findByIdOptional(consultationId).filter(e -> e.caseId.equals(id))
                .map(e -> ConsultationResponse.of(e.toDomain()))
                .orElseThrow(() -> new NotFoundException("no consultation " + consultationId + " on case " + id));
    }
}
