package org.ipcollab.cases.publication;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.cases.security.Roles;

/**
 * 行政处罚信息公示 (SAMR Order 45): a regulator of the case's department publishes its penalty decision, records that
 * the decision was changed or revoked, and withdraws the publication. Cases of another district are 404, another
 * department's 403, a state that does not allow the step 409.
 */
@Path("/cases/{id}")
@Tag(name = "publication", description = "行政处罚信息公示 — publication of penalty decisions")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationResource {
    @Inject
    PublishDecision publish;

    @Inject
    RevokeDecision revoke;

    @Inject
    WithdrawPublication withdraw;

    @POST
    @Path("publication")
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "公示处罚决定 — publish the redacted decision (within 20 working days; never a minor's case)")
    public Response publish(@PathParam("id") UUID id) {
        Publications.Row row = publish.publish(id);
        return Response.created(URI.create("/public/decisions/" + row.id())).entity(PublicationResponse.of(row))
                .build();
    }

    @POST
    @Path("decision/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "处罚决定变更或撤销 — record it; a published decision must be withdrawn within 3 working days")
    public Response revoke(@PathParam("id") UUID id, @NotNull @Valid PublicationRequests.Revocation body) {
        return Response.status(Response.Status.CREATED).entity(RevocationResponse.of(revoke.revoke(id, body.kind(),
                body.reason().strip(), body.reference().strip()))).build();
    }

    @POST
    @Path("publication/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "撤下公示信息 — withdraw the publication of a changed or revoked decision")
    public PublicationResponse withdraw(@PathParam("id") UUID id,
            @NotNull @Valid PublicationRequests.Withdrawal body) {
        return PublicationResponse.of(withdraw.withdraw(id, body.reason().strip()));
    }
}
