package org.ipcollab.notification.subscription;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
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
import org.ipcollab.notification.security.Caller;
import org.ipcollab.notification.security.Roles;
import org.ipcollab.notification.subscription.domain.Subscription;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/subscriptions")
@Tag(name = "subscriptions", description = "订阅 — which departments are notified of which events of a district")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {
    @Inject
    Subscribe subscribe;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
            Roles.DISTRICT_LIAISON, Roles.ADMIN})
    @Operation(summary = "订阅 — subscribe a department to event types of a district (the department itself, or an "
            + "admin of that district); 409 if the department already has a subscription for the district")
    public RestResponse<SubscriptionResponse> subscribe(@NotNull @Valid SubscribeRequest request) {
        SubscriptionResponse body = SubscriptionResponse.of(subscribe.subscribe(request));
        return RestResponse.ResponseBuilder.<SubscriptionResponse>created(URI.create("/subscriptions/" + body.id()))
                .entity(body).build();
    }

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
            Roles.DISTRICT_LIAISON, Roles.ADMIN})
    @Transactional
    @Operation(summary = "订阅列表 — a department's subscriptions (the department itself, or an admin of its district); "
            + "without departmentId: the caller's own, or for an admin every subscription to its district's events")
    public List<SubscriptionResponse> list(@QueryParam("departmentId")
            @Pattern(regexp = Subscription.DEPARTMENT, message = "must be a department id like 500155-psb") String departmentId) {
        List<Subscription> found;
        if (departmentId != null) {
            caller.requireDepartmentOrDistrictAdmin(departmentId, Subscription.districtOfDepartment(departmentId));
            found = subscriptions.ofDepartment(departmentId);
        } else if (caller.hasRole(Roles.ADMIN)) {
            found = subscriptions.inDistrict(caller.district());
        } else {
            found = subscriptions.ofDepartment(caller.department());
        }
        return found.stream().map(SubscriptionResponse::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
            Roles.DISTRICT_LIAISON, Roles.ADMIN})
    @Transactional
    @Operation(summary = "查看订阅 — one subscription (the department itself, or an admin of the subscribed district or of "
            + "the department's district)")
    public SubscriptionResponse get(@PathParam("id") UUID id) {
        Subscription s = subscriptions.findByIdOptional(id).map(SubscriptionEntity::toDomain)
                .filter(this::visible)
                .orElseThrow(() -> new NotFoundException("no subscription " + id));
        return SubscriptionResponse.of(s);
    }

    private boolean visible(Subscription s) {
        if (s.departmentId().equals(caller.department())) {
            return true;
        }
        return caller.hasRole(Roles.ADMIN) && (caller.district().equals(s.district())
                || caller.district().equals(Subscription.districtOfDepartment(s.departmentId())));
    }
}
