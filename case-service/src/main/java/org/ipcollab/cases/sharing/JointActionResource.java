package org.ipcollab.cases.sharing;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.cases.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/** 联合执法 — joint enforcement actions across districts, with a shared record and mutual recognition of appraisals. */
@Path("/joint-actions")
@Tag(name = "Cross-district sharing 跨区域协作")
public class JointActionResource {
    @Inject
    JointActions actions;

    @POST
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "启动联合执法 — the caller's district leads; every participant shares JOINT_ACTION with it")
    public RestResponse<JointActionRequests.Response> start(@NotNull @Valid JointActionRequests.Start body) {
        UUID id = actions.start(body);
        return RestResponse.ResponseBuilder.<JointActionRequests.Response>created(URI.create("/joint-actions/" + id))
                .entity(actions.get(id)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "联合执法 — the action, its linked cases, appraisals with recognitions, and the shared record")
    public JointActionRequests.Response get(@PathParam("id") UUID id) {
        return actions.get(id);
    }

    @POST
    @Path("{id}/cases")
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "关联案件 — a regulator links a case of their own department")
    public JointActionRequests.Response link(@PathParam("id") UUID id, @NotNull @Valid JointActionRequests.Link body) {
        actions.link(id, body.caseId());
        return actions.get(id);
    }

    @POST
    @Path("{id}/entries")
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "记录进展 — a note on the shared record")
    public JointActionRequests.Response note(@PathParam("id") UUID id, @NotNull @Valid JointActionRequests.Note body) {
        actions.note(id, body.summary());
        return actions.get(id);
    }

    @POST
    @Path("{id}/appraisals")
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "记录鉴定结果 — an appraisal result for a linked case of the caller's district")
    public JointActionRequests.Response appraisal(@PathParam("id") UUID id,
            @NotNull @Valid JointActionRequests.Appraisal body) {
        actions.appraisal(id, body);
        return actions.get(id);
    }

    @POST
    @Path("{id}/appraisals/{appraisalId}/recognition")
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "结果互认 — another district of the action recognises the appraisal")
    public JointActionRequests.Response recognise(@PathParam("id") UUID id, @PathParam("appraisalId") UUID appraisalId) {
        actions.recognise(id, appraisalId);
        return actions.get(id);
    }
}
