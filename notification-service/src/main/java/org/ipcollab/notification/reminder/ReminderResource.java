package org.ipcollab.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.notification.security.Caller;
import org.ipcollab.notification.security.Roles;
import org.ipcollab.notification.subscription.domain.Subscription;

@Path("/reminders")
@Tag(name = "reminders", description = "期限提醒 — deadline reminders one working day before each statutory due date")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
        Roles.DISTRICT_LIAISON, Roles.ADMIN})
public class ReminderResource {
    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public record ReminderResponse(UUID id, UUID caseId, String clock, List<String> departments, LocalDate dueDate,
            Instant remindAt, String status, String sourceEvent) {
    }

    @GET
    @Transactional
    @Operation(summary = "提醒列表 — the reminders a department receives (the department itself, or an admin of its "
            + "district); caseId narrows to one case")
    @SuppressWarnings("unchecked")
    public List<ReminderResponse> list(@QueryParam("departmentId") @NotNull
            @Pattern(regexp = Subscription.DEPARTMENT, message = "must be a department id like 500155-psb") String departmentId,
            @QueryParam("caseId") UUID caseId) {
        caller.requireDepartmentOrDistrictAdmin(departmentId, Subscription.districtOfDepartment(departmentId));
        var q = em.createNativeQuery("""
                select id, case_id, clock, departments, due_date, remind_at, status, source_event from reminder
                where (',' || departments || ',') like :d %s order by remind_at, id limit 500"""
                .formatted(caseId == null ? "" : "and case_id = :c"));
        q.setParameter("d", "%," + departmentId + ",%");
        if (caseId != null) {
            q.setParameter("c", caseId);
        }
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new ReminderResponse((UUID) r[0], (UUID) r[1], (String) r[2],
                List.of(((String) r[3]).split(",")), r[4] instanceof java.sql.Date d ? d.toLocalDate()
                        : LocalDate.parse(r[4].toString()), instant(r[5]), (String) r[6], (String) r[7])).toList();
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return Instant.parse(o.toString());
    }
}
