package org.ipcollab.notification.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.notification.security.Caller;
import org.ipcollab.notification.security.Roles;
import org.ipcollab.notification.subscription.domain.Subscription;

@Path("/inboxes/{departmentId}/stream")
@Tag(name = "inboxes")
@SecurityRequirement(name = "jwt")
public class InboxStreamResource {
    @Inject
    InboxStream stream;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
            Roles.DISTRICT_LIAISON, Roles.ADMIN})
    @Operation(summary = "实时推送 — the department's new items as Server-Sent Events (event: notification, id: the "
            + "department's sequence, data: the item as JSON); with Last-Event-ID it first replays every item after it")
    public void stream(
            @PathParam("departmentId") @Pattern(regexp = Subscription.DEPARTMENT,
                    message = "must be a department id like 500155-psb") String departmentId,
            @HeaderParam("Last-Event-ID") @Pattern(regexp = "[0-9]{1,18}",
                    message = "must be the id of an event of this stream") String lastEventId,
            @Context SseEventSink sink, @Context Sse sse) {
        caller.requireDepartmentOrDistrictAdmin(departmentId, Subscription.districtOfDepartment(departmentId));
        stream.open(departmentId, lastEventId == null ? null : Long.valueOf(lastEventId), sink, sse);
    }
}
