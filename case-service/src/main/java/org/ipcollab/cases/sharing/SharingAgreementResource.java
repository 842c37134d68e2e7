package org.ipcollab.cases.sharing;

import java.net.URI;
import java.util.List;
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
import org.ipcollab.cases.sharing.domain.SharingAgreement;
import org.jboss.resteasy.reactive.RestResponse;

/** 跨区域共享协议 — sharing agreements between two districts. */
@Path("/sharing-agreements")
@Tag(name = "Cross-district sharing 跨区域协作")
public class SharingAgreementResource {
    @Inject
    SharingAgreements agreements;

    @POST
    @RolesAllowed({ Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "提出共享协议 — propose an agreement to a neighbouring district; in force once both liaisons approve")
    public RestResponse<AgreementResponse> propose(@NotNull @Valid AgreementRequests.Propose body) {
        SharingAgreement a = agreements.propose(body);
        return RestResponse.ResponseBuilder.<AgreementResponse>created(URI.create("/sharing-agreements/" + a.id()))
                .entity(AgreementResponse.of(a, agreements.today())).build();
    }

    @GET
    @RolesAllowed({ Roles.DISTRICT_LIAISON, Roles.ADMIN, Roles.REGULATOR })
    @Operation(summary = "本区县的共享协议 — the agreements the caller's district is a party to")
    public List<AgreementResponse> list() {
        return agreements.ofCallerDistrict().stream().map(a -> AgreementResponse.of(a, agreements.today())).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.DISTRICT_LIAISON, Roles.ADMIN, Roles.REGULATOR })
    @Operation(summary = "共享协议 — one agreement of the caller's district (404 for others)")
    public AgreementResponse get(@PathParam("id") UUID id) {
        return AgreementResponse.of(agreements.get(id), agreements.today());
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed({ Roles.DISTRICT_LIAISON, Roles.ADMIN, Roles.REGULATOR })
    @Operation(summary = "批准共享协议 — the caller's district's liaison approves")
    public AgreementResponse approve(@PathParam("id") UUID id) {
        return AgreementResponse.of(agreements.approve(id), agreements.today());
    }

    @POST
    @Path("{id}/suspension")
    @RolesAllowed({ Roles.DISTRICT_LIAISON, Roles.ADMIN, Roles.REGULATOR })
    @Operation(summary = "暂停共享协议 — either district suspends it, with a reason")
    public AgreementResponse suspend(@PathParam("id") UUID id, @NotNull @Valid AgreementRequests.Suspend body) {
        return AgreementResponse.of(agreements.suspend(id, body.reason()), agreements.today());
    }

    @POST
    @Path("{id}/resumption")
    @RolesAllowed({ Roles.DISTRICT_LIAISON, Roles.ADMIN, Roles.REGULATOR })
    @Operation(summary = "恢复共享协议 — either district resumes a suspended agreement")
    public AgreementResponse resume(@PathParam("id") UUID id) {
        return AgreementResponse.of(agreements.resume(id), agreements.today());
    }
}
