package org.ipcollab.referral.court;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.referral.referral.domain.Actor;
import org.ipcollab.referral.security.Caller;
import org.ipcollab.referral.security.Roles;

/** 法院收件箱 — prosecutions and civil IP disputes addressed to a court; entrusting a dispute to mediation. */
@Path("/")
@Tag(name = "court", description = "法院收件箱 — court inbox and court-invited mediation")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COURT)
public class CourtResource {
    @Inject
    CourtDisputes disputes;

    @Inject
    Caller caller;

    Actor actor() {
        return new Actor(caller.subject(), caller.role(), caller.department(), caller.district());
    }

    @GET
    @Path("court-inbox")
    @Operation(summary = "the calling court's prosecutions and disputes")
    public CourtDisputes.Inbox inbox() {
        return disputes.inbox(actor());
    }

    @POST
    @Path("court-disputes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "record a civil IP dispute addressed to the calling court")
    public Response register(@NotNull @Valid CourtRequests.Register body) {
        CourtDisputes.DisputeView d = disputes.register(actor(), body);
        return Response.created(URI.create("/court-disputes/" + d.id())).entity(d).build();
    }

    @GET
    @Path("court-disputes/{id}")
    public CourtDisputes.DisputeView get(@PathParam("id") UUID id) {
        return disputes.view(id, actor());
    }

    @POST
    @Path("court-disputes/{id}/entrust-mediation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "委派/委托调解 — publishes referral.mediation-entrusted.v1 for mediation-service")
    public CourtDisputes.DisputeView entrust(@PathParam("id") UUID id, @NotNull @Valid CourtRequests.Entrust body) {
        return disputes.entrust(id, actor(), body);
    }
}
