package org.ipcollab.cases.infringement;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.cases.infringement.domain.CaseClockKind;
import org.ipcollab.cases.partnerfeed.PartnerStatuses;
import org.ipcollab.cases.partnerfeed.PartnersView;
import org.ipcollab.cases.rules.LegalRules;
import org.ipcollab.cases.rules.domain.StatutoryClock;
import org.ipcollab.cases.search.CaseSearch;
import org.ipcollab.cases.search.CaseSearchParams;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/cases")
@Tag(name = "cases", description = "知识产权侵权案件 — infringement cases")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {
    @Inject
    FileCase fileCase;

    @Inject
    CaseRepository cases;

    @Inject
    Caller caller;

    @Inject
    CaseClocks clocks;

    @Inject
    LegalRules rules;

    @Inject
    CaseSearch caseSearch;

    @Inject
    PartnerStatuses partners;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "登记案件 — file an infringement case in the caller's district")
    public RestResponse<CaseResponse> file(@NotNull @Valid FileCaseRequest request) {
        CaseResponse body = CaseResponse.of(fileCase.file(request), rules.calendar(), Instant.now());
        return RestResponse.ResponseBuilder.<CaseResponse>created(URI.create("/cases/" + body.id())).entity(body).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR, Roles.ADMIN})
    @Transactional
    @Operation(summary = "查看案件 — one case of the caller's district")
    public CaseResponse get(@PathParam("id") UUID id) {
        CaseEntity entity = cases.findByIdOptional(id)
                .filter(c -> c.district.equals(caller.district()))
                .orElseThrow(() -> new NotFoundException("no case " + id + " in district " + caller.district()));
        return CaseResponse.of(entity.toDomain(clocks.of(id)), rules.calendar(), Instant.now(), partners.of(id));
    }

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR, Roles.ADMIN})
    @Transactional
    @Operation(summary = "案件检索 — cases of the caller's district, filtered (kind, status, dates, credit code, "
            + "referral required, overdue, department, text), newest first")
    public PageResponse<CaseResponse> list(@BeanParam CaseSearchParams search,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        Instant now = Instant.now();
        CaseSearch.Result found = caseSearch.find(search.toFilter(caller.district()), page, size, now);
        Map<UUID, CaseEntity> byId = new HashMap<>();
        if (!found.ids().isEmpty()) {
            cases.list("id in ?1", found.ids()).forEach(e -> byId.put(e.id, e));
        }
        Map<UUID, PartnersView> partnerViews = partners.of(found.ids());
        Map<UUID, Map<CaseClockKind, StatutoryClock>> clocksById = clocks.of(found.ids());
        List<CaseResponse> items = found.ids().stream().map(byId::get).filter(Objects::nonNull)
                .map(e -> CaseResponse.of(e.toDomain(clocksById.getOrDefault(e.id, Map.of())), rules.calendar(), now,
                        partnerViews.getOrDefault(e.id, PartnersView.NONE)))
                .toList();
        return new PageResponse<>(items, page, size, found.total());
    }
}
