package org.ipcollab.referral.referral;

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

/** 反向移送 — cases sent back by police or procuratorate to an agency for administrative liability (art 13). */
@Path("/reverse-referrals")
@Tag(name = "reverse-referrals", description = "反向移送 — cases sent back to an agency")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT})
public class ReverseReferralResource {
    @Inject
    Referrals referrals;

    @Inject
    Caller caller;

    @Inject
    ReferralRules rules;

    Actor actor() {
        return new Actor(caller.subject(), caller.role(), caller.department(), caller.district());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "send a case back to an agency (police, or procuratorate with or without its opinion)")
    public Response send(@NotNull @Valid ReferralRequests.SendReverse body) {
        UUID id = referrals.sendReverse(actor(), body);
        return Response.created(URI.create("/reverse-referrals/" + id)).entity(referrals.viewReverse(id, actor()))
                .build();
    }

    @GET
    @Path("/{id}")
    public ReverseReferralResponse get(@PathParam("id") UUID id) {
        return referrals.viewReverse(id, actor());
    }

    @POST
    @Path("/{id}/opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "检察意见 — ends the 10-working-day review; the agency answers within 2 months")
    public ReverseReferralResponse opinion(@PathParam("id") UUID id, @NotNull @Valid ReferralRequests.Opinion body) {
        Actor a = actor();
        referrals.reverseStep(id, a, (r, now) -> r.issueOpinion(a, body.opinion(), now, rules.book()));
        return referrals.viewReverse(id, a);
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "the agency answers: what it did about the administrative liability")
    public ReverseReferralResponse answer(@PathParam("id") UUID id, @NotNull @Valid ReferralRequests.Answer body) {
        Actor a = actor();
        referrals.reverseStep(id, a, (r, now) -> r.answer(a, body.answer(), body.penaltyImposed(), now));
        return referrals.viewReverse(id, a);
    }
}
