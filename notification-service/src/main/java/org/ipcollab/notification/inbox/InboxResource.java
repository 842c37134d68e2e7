package org.ipcollab.notification.inbox;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

import io.quarkus.panache.common.Page;

@Path("/inboxes/{departmentId}/items")
@Tag(name = "inboxes", description = "收件箱 — each department's inbox of notices")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {
    @Inject
    InboxItemRepository items;

    @Inject
    MarkItemRead markItemRead;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
            Roles.DISTRICT_LIAISON, Roles.ADMIN})
    @Transactional
    @Operation(summary = "收件箱 — a department's items, newest first (the department itself, or an admin of its "
            + "district); unread=true only unread items, unread=false only read ones, absent all; likewise acknowledged; eventType "
            + "a type or prefix; caseId one case")
    public InboxPage list(
            @PathParam("departmentId") @Pattern(regexp = Subscription.DEPARTMENT,
                    message = "must be a department id like 500155-psb") String departmentId,
            @QueryParam("unread") @Pattern(regexp = "true|false", message = "must be true or false") String unread,
            @QueryParam("acknowledged") @Pattern(regexp = "true|false", message = "must be true or false") String acknowledged,
            @QueryParam("eventType") @Pattern(regexp = "^[a-z0-9.-]{1,200}$",
                    message = "must be an event type or a prefix of one") String eventType,
            @QueryParam("caseId") UUID caseId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        caller.requireDepartmentOrDistrictAdmin(departmentId, Subscription.districtOfDepartment(departmentId));
        var query = items.of(departmentId, unread == null ? null : Boolean.valueOf(unread),
                acknowledged == null ? null : Boolean.valueOf(acknowledged), eventType, caseId);
        var found = query.page(Page.of(page, size)).list().stream().map(InboxItemResponse::of).toList();
        return new InboxPage(found, page, size, query.count());
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
            Roles.DISTRICT_LIAISON, Roles.ADMIN})
    @Operation(summary = "已读 — the department marks one of its items read (204; again is harmless)")
    public void markRead(
            @PathParam("departmentId") @Pattern(regexp = Subscription.DEPARTMENT,
                    message = "must be a department id like 500155-psb") String departmentId,
            @PathParam("id") UUID id) {
        markItemRead.markRead(departmentId, id);
    }

    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
            Roles.DISTRICT_LIAISON, Roles.ADMIN})
    @Operation(summary = "确认收悉 — the department acknowledges an item (204): it is read and someone answers for it; "
            + "again keeps the first acknowledgement")
    public void acknowledge(
            @PathParam("departmentId") @Pattern(regexp = Subscription.DEPARTMENT,
                    message = "must be a department id like 500155-psb") String departmentId,
            @PathParam("id") UUID id) {
        markItemRead.acknowledge(departmentId, id);
    }
}
