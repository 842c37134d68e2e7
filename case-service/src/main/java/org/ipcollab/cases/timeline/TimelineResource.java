package org.ipcollab.cases.timeline;

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
import org.ipcollab.cases.infringement.CaseRepository;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.security.Roles;
import org.ipcollab.cases.timeline.domain.HashChain;

/** 执法全过程记录 — a case's record and its verification; same readers and district rule as {@code GET /cases/{id}}. */
@Path("/cases/{id}/timeline")
@Tag(name = "cases", description = "知识产权侵权案件 — infringement cases")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {
    @Inject
    CaseRepository cases;

    @Inject
    CaseTimeline timeline;

    @Inject
    CanonicalJson json;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR, Roles.ADMIN})
    @Transactional
    @Operation(summary = "执法全过程记录 — the case's append-only record, oldest entry first")
    public TimelineResponse get(@PathParam("id") UUID id) {
        requireCaseOfCallersDistrict(id);
        return new TimelineResponse(id, timeline.entries(id).stream().map(e -> TimelineEntryResponse.of(e, json)).toList());
    }

    @GET
    @Path("/verify")
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR, Roles.ADMIN})
    @Transactional
    @Operation(summary = "核验记录 — recompute the hash chain: 200 with intact=true, or intact=false naming the first broken entry")
    public VerificationResponse verify(@PathParam("id") UUID id) {
        requireCaseOfCallersDistrict(id);
        return VerificationResponse.of(id, HashChain.verify(timeline.entries(id)));
    }

    /** 404, not 403, for a case of another district, as {@code GET /cases/{id}}. */
    private void requireCaseOfCallersDistrict(UUID id) {
        cases.findByIdOptional(id)
                .filter(c -> c.district.equals(caller.district()))
                .orElseThrow(() -> new NotFoundException("no case " + id + " in district " + caller.district()));
    }
}
