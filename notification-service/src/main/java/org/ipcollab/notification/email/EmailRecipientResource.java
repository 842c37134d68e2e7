package org.ipcollab.notification.email;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.ipcollab.notification.problem.DomainConflictException;
import org.ipcollab.notification.security.Caller;
import org.ipcollab.notification.security.Roles;
import org.ipcollab.notification.subscription.domain.Subscription;
import org.jboss.resteasy.reactive.RestResponse;

/** The addresses that receive a department's notices by e-mail (the department itself, or an admin of its district). */
@Path("/email-recipients")
@Tag(name = "email", description = "邮件通知 — addresses that receive a department's notices")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
        Roles.DISTRICT_LIAISON, Roles.ADMIN})
public class EmailRecipientResource {
    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public record EmailRecipientRequest(
            @NotNull @Pattern(regexp = Subscription.DEPARTMENT, message = "must be a department id like 500155-psb") String departmentId,
            @NotBlank @Email @Size(max = 320) String address) {
    }

    public record EmailRecipientResponse(UUID id, String departmentId, String address) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "登记邮箱 — 201; 409 if the department already has this address")
    public RestResponse<EmailRecipientResponse> add(@NotNull @Valid EmailRecipientRequest r) {
        own(r.departmentId());
        UUID id = UUID.randomUUID();
        int added = em.createNativeQuery("""
                insert into email_recipient (id, department_id, address, created_at, created_by)
                values (:id, :d, :a, :now, :by) on conflict (department_id, address) do nothing""")
                .setParameter("id", id).setParameter("d", r.departmentId()).setParameter("a", r.address())
                .setParameter("now", Instant.now()).setParameter("by", caller.subject()).executeUpdate();
        if (added == 0) {
            throw new DomainConflictException(r.departmentId() + " already receives e-mail at " + r.address());
        }
        return RestResponse.ResponseBuilder.<EmailRecipientResponse>created(URI.create("/email-recipients/" + id))
                .entity(new EmailRecipientResponse(id, r.departmentId(), r.address())).build();
    }

    @GET
    @Transactional
    @Operation(summary = "邮箱列表 — a department's addresses")
    @SuppressWarnings("unchecked")
    public List<EmailRecipientResponse> list(@QueryParam("departmentId") @NotNull
            @Pattern(regexp = Subscription.DEPARTMENT, message = "must be a department id like 500155-psb") String departmentId) {
        own(departmentId);
        List<Object[]> rows = em.createNativeQuery(
                "select id, department_id, address from email_recipient where department_id = :d order by created_at, id")
                .setParameter("d", departmentId).getResultList();
        return rows.stream().map(r -> new EmailRecipientResponse((UUID) r[0], (String) r[1], (String) r[2])).toList();
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(summary = "删除邮箱 — 204")
    public void delete(@PathParam("id") UUID id) {
        List<?> found = em.createNativeQuery("select department_id from email_recipient where id = :id")
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("no e-mail recipient " + id);
        }
        own((String) found.get(0));
        em.createNativeQuery("delete from email_recipient where id = :id").setParameter("id", id).executeUpdate();
    }

    private void own(String departmentId) {
        caller.requireDepartmentOrDistrictAdmin(departmentId, Subscription.districtOfDepartment(departmentId));
    }
}
