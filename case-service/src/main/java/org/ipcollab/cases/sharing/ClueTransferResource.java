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

/** 线索移送 — clue transfers between districts of this deployment. */
@Path("/clue-transfers")
@Tag(name = "Cross-district sharing 跨区域协作")
public class ClueTransferResource {
    @Inject
    ClueTransfers transfers;

    @Inject
    org.ipcollab.cases.security.Caller caller;

    @POST
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "移送线索 — send a clue to a district under an agreement in force")
    public RestResponse<ClueTransferRequests.Response> send(@NotNull @Valid ClueTransferRequests.Send body) {
        ClueTransferEntity e = transfers.send(body);
        return RestResponse.ResponseBuilder.<ClueTransferRequests.Response>created(URI.create("/clue-transfers/" + e.id))
                .entity(ClueTransferRequests.Response.of(e, Instant.now(), caller.district())).build();
    }

    @GET
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "移送线索列表 — incoming (default) or outgoing transfers of the caller's district")
    public List<ClueTransferRequests.Response> list(@QueryParam("direction") @DefaultValue("incoming") Direction direction) {
        Instant now = Instant.now();
        return transfers.list(direction == Direction.incoming).stream()
                .map(e -> ClueTransferRequests.Response.of(e, now, caller.district())).toList();
    }

    public enum Direction {
        incoming, outgoing
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "移送线索 — one transfer of the sending or receiving district")
    public ClueTransferRequests.Response get(@PathParam("id") UUID id) {
        return ClueTransferRequests.Response.of(transfers.get(id), Instant.now(), caller.district());
    }

    @POST
    @Path("{id}/registration")
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "登记移送线索 — the receiving regulator files it as a case (FILED, clue source TRANSFER_FROM_DISTRICT)")
    public ClueTransferRequests.Response register(@PathParam("id") UUID id,
            @NotNull @Valid ClueTransferRequests.Register body) {
        return ClueTransferRequests.Response.of(transfers.register(id, body), Instant.now(), caller.district());
    }

    @POST
    @Path("{id}/rejection")
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "退回移送线索 — the receiving district rejects it with reasons")
    public ClueTransferRequests.Response reject(@PathParam("id") UUID id,
            @NotNull @Valid ClueTransferRequests.Reject body) {
        return ClueTransferRequests.Response.of(transfers.reject(id, body.reasons()), Instant.now(), caller.district());
    }
}
