package org.ipcollab.mediation.mediation;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.ipcollab.mediation.mediation.MediationRequests.AgreementRequest;
import org.ipcollab.mediation.mediation.MediationRequests.AppointRequest;
import org.ipcollab.mediation.mediation.MediationRequests.ApprovalRequest;
import org.ipcollab.mediation.mediation.MediationRequests.ConfirmationApplicationRequest;
import org.ipcollab.mediation.mediation.MediationRequests.CourtAnswerRequest;
import org.ipcollab.mediation.mediation.MediationRequests.CourtDecisionRequest;
import org.ipcollab.mediation.mediation.MediationRequests.CreateMediationRequest;
import org.ipcollab.mediation.mediation.MediationRequests.ExtensionRequest;
import org.ipcollab.mediation.mediation.MediationRequests.FailureRequest;
import org.ipcollab.mediation.mediation.MediationRequests.PerformanceRequest;
import org.ipcollab.mediation.mediation.MediationRequests.SessionRequest;
import org.ipcollab.mediation.mediation.MediationRequests.SignRequest;
import org.ipcollab.mediation.mediation.domain.Mediation;
import org.ipcollab.mediation.mediation.domain.MediationKind;
import org.ipcollab.mediation.mediation.domain.MediationRefused;
import org.ipcollab.mediation.mediation.domain.Values.Party;
import org.ipcollab.mediation.mediation.domain.Values.RequesterKind;
import org.ipcollab.mediation.mediation.domain.Values.Signer;
import org.ipcollab.mediation.mediation.domain.Values.Term;
import org.ipcollab.mediation.registry.Registry;
import org.ipcollab.mediation.registry.RegistryResource.MediatorResponse;
import org.ipcollab.mediation.registry.RegistryResource.OrganisationResponse;
import org.ipcollab.mediation.security.Caller;
import org.ipcollab.mediation.security.Roles;

import io.quarkus.security.ForbiddenException;

/** 诉调对接 — mediation requests, their course, agreements, judicial confirmation and performance. */
@Path("/mediations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MediationResource {
    static final String[] ANYONE_INVOLVED = {Roles.ADMIN, Roles.COURT, Roles.MEDIATOR, Roles.REGULATOR, PartyAccess.PARTY};

    @Inject
    ChangeMediation changes;

    @Inject
    MediationRepository repository;

    @Inject
    MediationAccess access;

    @Inject
    Caller caller;

    @Inject
    Registry registry;

    /** 申请调解 — a court invites (PRE_FILING, ENTRUSTED_*), an agency or a party asks an organisation (DIRECT). */
    @POST
    @RolesAllowed({Roles.COURT, Roles.REGULATOR, PartyAccess.PARTY})
    @Transactional
    public Response create(@Valid @NotNull CreateMediationRequest request) {
        RequesterKind requester = caller.hasRole(Roles.COURT) ? RequesterKind.COURT
                : caller.hasRole(Roles.REGULATOR) ? RequesterKind.AGENCY : RequesterKind.PARTY;
        List<Party> parties = request.parties().stream().map(p -> new Party(p.side(), p.name(), p.userId())).toList();
        if (requester == RequesterKind.PARTY && parties.stream().noneMatch(p -> p.userId().equals(caller.subject()))) {
            throw new ForbiddenException("a party asks for mediation of its own dispute; name yourself as a party");
        }
        if (request.kind() == MediationKind.DIRECT && request.organisationId() != null) {
            requireOrganisationInDistrict(request.organisationId());
        }
        Mediation.Result result = Mediation.request(UUID.randomUUID(), request.caseId(), caller.district(),
                request.kind(), requester, caller.department(), caller.subject(), request.title(), request.ipKind(),
                parties, request.kind() == MediationKind.DIRECT ? request.organisationId() : null, ChangeMediation.now(),
                changes.law());
        MediationResponse created = changes.create(result);
        return Response.created(URI.create("/mediations/" + created.id())).entity(created).build();
    }

    /** The mediations the caller is part of, newest first. */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COURT, Roles.MEDIATOR, Roles.REGULATOR, PartyAccess.PARTY})
    @Transactional
    public List<MediationResponse> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("district", caller.district());
        StringBuilder where = new StringBuilder("m.district = :district and (false");
        if (caller.hasRole(Roles.ADMIN)) {
            where.append(" or true");
        }
        if (caller.hasRole(Roles.COURT) || caller.hasRole(Roles.MEDIATOR) || caller.hasRole(Roles.REGULATOR)) {
            params.put("dept", caller.department());
        }
        if (caller.hasRole(Roles.COURT)) {
            where.append(" or m.court_department = :dept or cast(m.details as jsonb) ->> 'confirmationCourt' = :dept");
        }
        if (caller.hasRole(Roles.MEDIATOR)) {
            where.append(" or cast(m.organisation_id as text) = :dept");
        }
        if (caller.hasRole(Roles.REGULATOR)) {
            where.append(" or m.requester_department = :dept");
        }
        if (caller.hasRole(PartyAccess.PARTY)) {
            params.put("user", caller.subject());
            where.append(" or exists (select 1 from mediation_party p where p.mediation_id = m.id and p.user_id = :user)");
        }
        where.append(")");
        return repository.visible(where.toString(), params, page, size).stream()
                .map(id -> changes.read(id, m -> { })).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COURT, Roles.MEDIATOR, Roles.REGULATOR, PartyAccess.PARTY})
    public MediationResponse get(@PathParam("id") UUID id) {
        return changes.read(id, access::requireVisible);
    }

    /** 指定调解员 — the inviting court (court-invited) or the asked organisation (direct) appoints an available mediator. */
    @POST
    @Path("{id}/appointment")
    @RolesAllowed({Roles.COURT, Roles.MEDIATOR})
    public MediationResponse appoint(@PathParam("id") UUID id, @Valid @NotNull AppointRequest request) {
        return changes.change(id, m -> {
            if (m.state().kind().courtInvited()) {
                access.requireInvitingCourt(m);
            } else {
                access.requireOrganisation(m);
            }
        }, (m, now) -> {
            OrganisationResponse org = requireOrganisationInDistrict(request.organisationId());
            MediatorResponse mediator = registry.mediator(request.mediatorId())
                    .filter(x -> x.organisationId().equals(org.id()))
                    .orElseThrow(() -> new MediationRefused("no-such-mediator", true, "organisation " + org.id()
                            + " has no mediator " + request.mediatorId()));
            if (!mediator.available()) {
                throw new MediationRefused("mediator-unavailable", false, "mediator " + mediator.id() + " is not available");
            }
            return m.appoint(org.id(), mediator.id(), mediator.userId(), now, changes.law());
        });
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed(Roles.MEDIATOR)
    public MediationResponse accept(@PathParam("id") UUID id) {
        return changes.change(id, access::requireAppointedMediator, (m, now) -> m.accept(now, changes.law()));
    }

    /** 签收卷宗 — the mediation period starts. */
    @POST
    @Path("{id}/file-receipt")
    @RolesAllowed(Roles.MEDIATOR)
    public MediationResponse signForFile(@PathParam("id") UUID id) {
        return changes.change(id, access::requireAppointedMediator, (m, now) -> m.signForFile(now, changes.law()));
    }

    /** 延长调解期限 — the parties agreed to extend; the mediator records it with the agreement's reference. */
    @POST
    @Path("{id}/extensions")
    @RolesAllowed(Roles.MEDIATOR)
    public MediationResponse extend(@PathParam("id") UUID id, @Valid @NotNull ExtensionRequest request) {
        return changes.change(id, access::requireAppointedMediator,
                (m, now) -> m.extend(request.days(), request.reference(), now, changes.law()));
    }

    @POST
    @Path("{id}/sessions")
    @RolesAllowed(Roles.MEDIATOR)
    public MediationResponse session(@PathParam("id") UUID id, @Valid @NotNull SessionRequest request) {
        if (!request.online() && (request.place() == null || request.place().isBlank())) {
            throw new MediationRefused("session-place", true, "a session not held online names its place");
        }
        return changes.change(id, access::requireAppointedMediator, (m, now) -> m.recordSession(request.heldOn(),
                request.place(), request.online(), request.attendees(),
                request.summary(), request.documents() == null ? List.of() : request.documents(), caller.subject(), now));
    }

    /** 拟定/修改调解协议 — a new version; signatures on an earlier version are invalidated. */
    @PUT
    @Path("{id}/agreement")
    @RolesAllowed(Roles.MEDIATOR)
    public MediationResponse agreement(@PathParam("id") UUID id, @Valid @NotNull AgreementRequest request) {
        List<Term> terms = request.terms().stream().map(t -> new Term(0, t.kind(), t.description(), t.amountYuan(),
                t.performBy().toString(), null, null)).toList();
        return changes.change(id, access::requireAppointedMediator, (m, now) -> m.draftAgreement(terms, now));
    }

    /** 签署 — a party signs for itself, the appointed mediator as mediator; the body carries the hash signed. */
    @POST
    @Path("{id}/agreement/signatures")
    @RolesAllowed({Roles.MEDIATOR, PartyAccess.PARTY})
    public MediationResponse sign(@PathParam("id") UUID id, @Valid @NotNull SignRequest request) {
        Signer[] signer = new Signer[1];
        return changes.change(id, m -> {
            if (caller.hasRole(PartyAccess.PARTY)) {
                signer[0] = Signer.valueOf(access.requireParty(m).name());
            } else {
                access.requireAppointedMediator(m);
                signer[0] = Signer.MEDIATOR;
            }
        }, (m, now) -> m.sign(signer[0], caller.subject(), request.contentHash(), now));
    }

    /** 盖章 — the organisation seals; the agreement takes effect. */
    @POST
    @Path("{id}/agreement/seal")
    @RolesAllowed(Roles.MEDIATOR)
    public MediationResponse seal(@PathParam("id") UUID id, @Valid @NotNull SignRequest request) {
        return changes.change(id, access::requireOrganisation,
                (m, now) -> m.seal(request.contentHash(), caller.subject(), now, changes.law()));
    }

    /** 调解不成 — returned to the court or agency that sent it (event mediation.failed.v1). */
    @POST
    @Path("{id}/failure")
    @RolesAllowed(Roles.MEDIATOR)
    public MediationResponse fail(@PathParam("id") UUID id, @Valid @NotNull FailureRequest request) {
        return changes.change(id, access::requireAppointedMediator, (m, now) -> m.fail(request.reason(), now, changes.law()));
    }

    /** 申请司法确认 — each party applies; the second application makes it joint. */
    @POST
    @Path("{id}/confirmation/applications")
    @RolesAllowed(PartyAccess.PARTY)
    public MediationResponse applyForConfirmation(@PathParam("id") UUID id,
            @Valid ConfirmationApplicationRequest request) {
        ConfirmationApplicationRequest body = request == null ? new ConfirmationApplicationRequest(null, null) : request;
        return changes.change(id, access::requireParty, (m, now) -> m.applyForConfirmation(access.partySide(m),
                caller.subject(), body.court(), body.courtBasis(), now, changes.law()));
    }

    @POST
    @Path("{id}/confirmation/acceptance")
    @RolesAllowed(Roles.COURT)
    public MediationResponse acceptConfirmation(@PathParam("id") UUID id, @Valid @NotNull CourtAnswerRequest request) {
        return changes.change(id, access::requireConfirmationCourt,
                (m, now) -> m.acceptConfirmation(request.accepted(), request.reason(), now, changes.law()));
    }

    @POST
    @Path("{id}/confirmation/extension")
    @RolesAllowed(Roles.COURT)
    public MediationResponse extendConfirmation(@PathParam("id") UUID id, @Valid @NotNull ApprovalRequest request) {
        return changes.change(id, access::requireConfirmationCourt,
                (m, now) -> m.extendConfirmation(request.reference(), now, changes.law()));
    }

    @POST
    @Path("{id}/confirmation/decision")
    @RolesAllowed(Roles.COURT)
    public MediationResponse decideConfirmation(@PathParam("id") UUID id, @Valid @NotNull CourtDecisionRequest request) {
        return changes.change(id, access::requireConfirmationCourt,
                (m, now) -> m.decideConfirmation(request.confirmed(), request.reason(), now, changes.law()));
    }

    /** 履行 — the mediator records that a term was performed. */
    @POST
    @Path("{id}/terms/{seq}/performance")
    @RolesAllowed(Roles.MEDIATOR)
    public MediationResponse perform(@PathParam("id") UUID id, @PathParam("seq") int seq,
            @Valid @NotNull PerformanceRequest request) {
        return changes.change(id, access::requireAppointedMediator,
                (m, now) -> m.performTerm(seq, request.performedOn(), request.note(), now));
    }

    private OrganisationResponse requireOrganisationInDistrict(UUID organisationId) {
        return registry.organisation(organisationId).filter(o -> o.district().equals(caller.district()))
                .orElseThrow(() -> new MediationRefused("no-such-organisation", true, "district " + caller.district()
                        + " has no mediation organisation " + organisationId));
    }
}
