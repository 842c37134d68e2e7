package org.ipcollab.referral.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.referral.security.Caller;
import org.ipcollab.referral.security.Roles;

@Path("/referral-statistics")
@Tag(name = "statistics", description = "行刑衔接统计 — referral figures of the caller's district")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {
    @Inject
    ReferralStatistics statistics;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.ADMIN})
    @Operation(summary = "referral rate per agency, police decisions within 3 days, filing rate, supervision, time per status")
    public ReferralStatistics.Report get() {
        return statistics.of(caller.district());
    }
}
