package org.ipcollab.cases.infringement;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.cases.infringement.domain.CaseClockKind;
import org.ipcollab.cases.infringement.domain.Decision;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.PenaltyMeasure;
import org.ipcollab.cases.partnerfeed.PartnerStatuses;
import org.ipcollab.cases.rules.LegalRules;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.security.Roles;
import org.ipcollab.cases.supervision.MajorCases;
import org.ipcollab.cases.thresholds.domain.Money;

/**
 * The lifecycle of a case (DOMAIN.md §3.3): each transition is one POST by an enforcement officer of the case's own
 * department; {@code GET /case-transitions} lists who may make each, what it requires and why. Every command answers
 * the case as it now stands.
 */
@Path("/cases")
@Tag(name = "case lifecycle", description = "案件流转与法定期限 — case lifecycle and statutory clocks")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class CaseLifecycleResource {
    @Inject
    ChangeCase change;

    @Inject
    CaseRepository cases;

    @Inject
    CaseClocks clocks;

    @Inject
    LegalRules rules;

    @Inject
    MajorCases majorCases;

    @Inject
    Caller caller;

    /** Fills in a previous penalty in this or a sharing district when the officers gave none (issue 7 item 3). */
    @Inject
    org.ipcollab.cases.sharing.RepeatInfringers repeatInfringers;

    @Inject
    PartnerStatuses partners;

    @Inject
    MinorInfringers minors;

    Clock clock = Clock.systemUTC();

    @POST
    @Path("{id}/opening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "立案 — open the case (starts the 90-day conclusion clock)")
    public CaseResponse open(@PathParam("id") UUID id, @NotNull @Valid LifecycleRequests.Open body) {
        return answer(change.apply(id, (c, now) -> c.open(body.approvalReference().strip(), caller.subject(), now,
                change.rules())));
    }

    @POST
    @Path("{id}/opening-refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "不予立案 — decline to open the case")
    public CaseResponse declineToOpen(@PathParam("id") UUID id,
            @NotNull @Valid LifecycleRequests.DeclineToOpen body) {
        return answer(change.apply(id, (c, now) -> c.declineToOpen(body.reason(), body.approvalReference(),
                caller.subject(), now)));
    }

    @POST
    @Path("{id}/investigation-report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "调查终结 — finish the investigation (to legal review when major, heard or complex)")
    public CaseResponse finishInvestigation(@PathParam("id") UUID id,
            @NotNull @Valid LifecycleRequests.FinishInvestigation body) {
        return answer(change.apply(id, (c, now) -> c.finishInvestigation(body.reportSummary(), body.complex(),
                majorCases.isMajor(id), caller.subject(), now, change.rules())));
    }

    @POST
    @Path("{id}/legal-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "法制审核 — record the legal review opinion (reviewer must not be a handling officer)")
    public CaseResponse completeLegalReview(@PathParam("id") UUID id,
            @NotNull @Valid LifecycleRequests.CompleteLegalReview body) {
        return answer(change.apply(id, (c, now) -> c.completeLegalReview(body.opinion(), body.summary(),
                caller.subject(), now)));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "作出决定 — penalty, no penalty, or referral to the police (no fine in place of a referral)")
    public CaseResponse decide(@PathParam("id") UUID id, @NotNull @Valid LifecycleRequests.Decide body) {
        return answer(change.apply(id, (c, now) -> c.decide(new Decision(body.outcome(),
                body.measures() == null || body.measures().isEmpty() ? EnumSet.noneOf(PenaltyMeasure.class)
                        : EnumSet.copyOf(body.measures()),
                money(body.fine()), money(body.confiscatedGains()), body.documentNumber().strip(),
                body.reasons().strip(), body.noReferralReason(), now, caller.subject()),
                minors.wasMinor(id, c.actDate()), now, change.rules())));
    }

    @POST
    @Path("{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "中止 — suspend the case (the conclusion clock stands still)")
    public CaseResponse suspend(@PathParam("id") UUID id, @NotNull @Valid LifecycleRequests.Suspend body) {
        return answer(change.apply(id, (c, now) -> c.suspend(body.reason(), caller.subject(), now)));
    }

    @POST
    @Path("{id}/resumption")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "恢复办理 — resume a suspended case")
    public CaseResponse resume(@PathParam("id") UUID id, @NotNull @Valid LifecycleRequests.Resume body) {
        return answer(change.apply(id, (c, now) -> c.resume(body.note(), caller.subject(), now, change.rules())));
    }

    @POST
    @Path("{id}/penalty-decision-copy")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "抄送处罚决定 — to police and procuratorate (threshold met, not referred; within 10 days)")
    public CaseResponse copyPenaltyDecision(@PathParam("id") UUID id,
            @NotNull @Valid LifecycleRequests.CopyPenaltyDecision body) {
        return answer(change.apply(id, (c, now) -> c.copyPenaltyDecision(body.policeDepartment(),
                body.procuratorateDepartment(), caller.subject(), now, change.rules())));
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "结案 — close the case (stops the conclusion clock)")
    public CaseResponse close(@PathParam("id") UUID id, @NotNull @Valid LifecycleRequests.Close body) {
        return answer(change.apply(id, (c, now) -> c.close(body.summary(), referralStatus(id), caller.subject(), now,
                change.rules())));
    }

    @POST
    @Path("{id}/referral-return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "移送未追究刑事责任 — back to the decision after a referral ended without criminal liability")
    public CaseResponse returnFromReferral(@PathParam("id") UUID id, @NotNull @Valid LifecycleRequests.Resume body) {
        return answer(change.apply(id, (c, now) -> c.returnFromReferral(referralStatus(id), body.note(),
                caller.subject(), now, change.rules())));
    }

    /** The latest status referral-service published for the case, or null. */
    private String referralStatus(UUID id) {
        var referral = partners.of(id).referral();
        return referral == null ? null : referral.status();
    }

    @PUT
    @Path("{id}/facts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "认定案件事实 — record established facts; re-weighs the criminal thresholds")
    public CaseResponse establishFacts(@PathParam("id") UUID id, @NotNull @Valid FactsRequest body) {
        return answer(change.apply(id, (c, now) -> c.establishFacts(repeatInfringers.withPreviousPenalty(
                body.toDomain(), c.infringer().creditCode(), c.district(),
                java.time.LocalDate.ofInstant(c.filedAt(), FileCase.BEIJING), c.id()), caller.subject(), now,
                change.rules())));
    }

    @POST
    @Path("{id}/clocks/{kind}/pauses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "暂停计时 — testing, appraisal, hearing or notice time that does not count")
    public CaseResponse pauseClock(@PathParam("id") UUID id, @PathParam("kind") CaseClockKind kind,
            @NotNull @Valid LifecycleRequests.PauseClock body) {
        return answer(change.apply(id, (c, now) -> c.pauseClock(kind, body.reason(), body.note(), caller.subject(),
                now)));
    }

    @POST
    @Path("{id}/clocks/{kind}/resumption")
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "恢复计时 — end the current pause of a clock")
    public CaseResponse resumeClock(@PathParam("id") UUID id, @PathParam("kind") CaseClockKind kind) {
        return answer(change.apply(id, (c, now) -> c.resumeClock(kind, caller.subject(), now, change.rules())));
    }

    @POST
    @Path("{id}/clocks/{kind}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "延长期限 — by approval, then by a recorded collective decision")
    public CaseResponse extendClock(@PathParam("id") UUID id, @PathParam("kind") CaseClockKind kind,
            @NotNull @Valid LifecycleRequests.ExtendClock body) {
        return answer(change.apply(id, (c, now) -> c.extendClock(kind, body.authority(), body.amount(),
                body.reference(), caller.subject(), now, change.rules())));
    }

    @GET
    @Path("{id}/clocks")
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR, Roles.ADMIN})
    @Transactional
    @Operation(summary = "法定期限 — every clock of a case read now: due date, paused time, status")
    public List<ProgressView.ClockView> clocks(@PathParam("id") UUID id) {
        CaseEntity entity = cases.findByIdOptional(id).filter(c -> c.district.equals(caller.district()))
                .orElseThrow(() -> new NotFoundException("no case " + id + " in district " + caller.district()));
        Instant now = Instant.now(clock);
        return clocks.of(entity.id).entrySet().stream()
                .map(e -> ProgressView.clock(e.getKey(), e.getValue(), rules.calendar(), now)).toList();
    }

    private CaseResponse answer(InfringementCase c) {
        return CaseResponse.of(c, rules.calendar(), Instant.now(clock));
    }

    private static Money money(String yuan) {
        return yuan == null ? null : Money.ofYuan(yuan);
    }
}
