package org.ipcollab.cases.sharing;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.cases.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/** 协查 — assistance requests between districts of this deployment. */
@Path("/assistance-requests")
@Tag(name = "Cross-district sharing 跨区域协作")
public class AssistanceRequestResource {
    @Inject
    Assistance assistance;

    @POST
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "请求协查 — ask a district to investigate, serve documents or verify goods")
    public RestResponse<AssistanceRequests.Response> request(@NotNull @Valid AssistanceRequests.Send body) {
        AssistanceRequestEntity e = assistance.request(body);
        return RestResponse.ResponseBuilder.<AssistanceRequests.Response>created(
                URI.create("/assistance-requests/" + e.id)).entity(AssistanceRequests.Response.of(e, Instant.now(), true))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "协查列表 — incoming (default) or outgoing requests of the caller's district")
    public List<AssistanceRequests.Response> list(
            @QueryParam("direction") @DefaultValue("incoming") ClueTransferResource.Direction direction) {
        Instant now = Instant.now();
        boolean incoming = direction == ClueTransferResource.Direction.incoming;
        return assistance.list(incoming).stream().map(e -> AssistanceRequests.Response.of(e, now, !incoming)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "协查 — one request of the requesting or assisting district")
    public AssistanceRequests.Response get(@PathParam("id") UUID id) {
        AssistanceRequestEntity e = assistance.get(id);
        return AssistanceRequests.Response.of(e, Instant.now(), e.fromDistrict.equals(assistance.district()));
    }

    @POST
    @Path("{id}/answer")
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "答复协查 — the assisting district answers with results and attachment metadata (SHA-256)")
    public AssistanceRequests.Response answer(@PathParam("id") UUID id, @NotNull @Valid AssistanceRequests.Answer body) {
        return AssistanceRequests.Response.of(assistance.answer(id, body), Instant.now(), false);
    }
}
