package org.ipcollab.notification.webhook;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import org.ipcollab.notification.routing.domain.TypePattern;
import org.ipcollab.notification.security.Caller;
import org.ipcollab.notification.security.Roles;
import org.ipcollab.notification.subscription.domain.Subscription;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Webhooks of a department (the department itself, or an admin of its district): register, list, remove; the
 * delivery log, the dead-letter list and manual redelivery.
 */
@Path("/webhooks")
@Tag(name = "webhooks", description = "Webhook 推送 — signed deliveries to partner systems, with retries and a dead-letter list")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
        Roles.DISTRICT_LIAISON, Roles.ADMIN})
public class WebhookResource {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    /** {@code secret} optional: at least 32 characters; absent, the service makes one. */
    public record CreateWebhookRequest(
            @NotNull @Pattern(regexp = Subscription.DEPARTMENT, message = "must be a department id like 500155-psb") String departmentId,
            @NotNull @Size(max = 2000) @Pattern(regexp = "^https?://[^\\s]+$", message = "must be an http or https URL") String url,
            @Size(min = 32, max = 200, message = "must be 32 to 200 characters") String secret,
            @Pattern(regexp = TypePattern.SYNTAX, message = "must be an event type, * for any characters") String eventTypePattern) {
    }

    /** The secret is shown once, in the answer to the registration. */
    public record WebhookResponse(UUID id, String departmentId, String url, String eventTypePattern, String secret,
            Instant createdAt) {
    }

    public record AttemptResponse(int attempt, Instant attemptedAt, Integer statusCode, String error, int durationMs) {
    }

    public record DeliveryResponse(UUID id, UUID webhookId, String departmentId, String eventId, String eventType,
            String status, int attempts, Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt,
            Instant deliveredAt, List<AttemptResponse> log) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "登记 webhook — 201 with the secret (shown only here)")
    public RestResponse<WebhookResponse> create(@NotNull @Valid CreateWebhookRequest r) {
        own(r.departmentId());
        String secret = r.secret() != null ? r.secret() : newSecret();
        String pattern = r.eventTypePattern() != null ? r.eventTypePattern() : "*";
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        em.createNativeQuery("""
                insert into webhook_subscription (id, department_id, url, secret, event_type_pattern, created_at, created_by)
                values (:id, :d, :url, :secret, :p, :now, :by)""")
                .setParameter("id", id).setParameter("d", r.departmentId()).setParameter("url", r.url())
                .setParameter("secret", secret).setParameter("p", pattern).setParameter("now", now)
                .setParameter("by", caller.subject()).executeUpdate();
        return RestResponse.ResponseBuilder.<WebhookResponse>created(URI.create("/webhooks/" + id))
                .entity(new WebhookResponse(id, r.departmentId(), r.url(), pattern, secret, now)).build();
    }

    @GET
    @Transactional
    @Operation(summary = "webhook 列表 — a department's webhooks, without secrets")
    @SuppressWarnings("unchecked")
    public List<WebhookResponse> list(@QueryParam("departmentId") @NotNull
            @Pattern(regexp = Subscription.DEPARTMENT, message = "must be a department id like 500155-psb") String departmentId) {
        own(departmentId);
        List<Object[]> rows = em.createNativeQuery("""
                select id, department_id, url, event_type_pattern, created_at from webhook_subscription
                where department_id = :d order by created_at, id""").setParameter("d", departmentId).getResultList();
        return rows.stream().map(r -> new WebhookResponse((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                null, instant(r[4]))).toList();
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(summary = "删除 webhook — 204; its deliveries and log go with it")
    public void delete(@PathParam("id") UUID id) {
        own(departmentOfWebhook(id));
        em.createNativeQuery("delete from webhook_subscription where id = :id").setParameter("id", id).executeUpdate();
    }

    @GET
    @Path("/{id}/deliveries")
    @Transactional
    @Operation(summary = "投递日志 — the deliveries of a webhook with every attempt, newest first; status filter "
            + "PENDING, DELIVERED or DEAD")
    public List<DeliveryResponse> deliveries(@PathParam("id") UUID id,
            @QueryParam("status") @Pattern(regexp = "PENDING|DELIVERED|DEAD", message = "must be PENDING, DELIVERED or DEAD") String status) {
        own(departmentOfWebhook(id));
        return find("d.webhook_id = :k", Map.of("k", id), status);
    }

    @GET
    @Path("/dead-letters")
    @Transactional
    @Operation(summary = "死信列表 — a department's deliveries that failed their last attempt")
    public List<DeliveryResponse> deadLetters(@QueryParam("departmentId") @NotNull
            @Pattern(regexp = Subscription.DEPARTMENT, message = "must be a department id like 500155-psb") String departmentId) {
        own(departmentId);
        return find("d.department_id = :k", Map.of("k", departmentId), "DEAD");
    }

    @POST
    @Path("/deliveries/{deliveryId}/redeliver")
    @Transactional
    @Operation(summary = "手动重投 — put a dead-lettered delivery back in the queue for a new round of attempts (202); "
            + "409 unless it is dead-lettered")
    public RestResponse<DeliveryResponse> redeliver(@PathParam("deliveryId") UUID deliveryId) {
        List<DeliveryResponse> found = find("d.id = :k", Map.of("k", deliveryId), null);
        if (found.isEmpty()) {
            throw new NotFoundException("no webhook delivery " + deliveryId);
        }
        own(found.get(0).departmentId());
        int updated = em.createNativeQuery("""
                update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now
                where id = :id and status = 'DEAD'""")
                .setParameter("now", Instant.now(clock)).setParameter("id", deliveryId).executeUpdate();
        if (updated == 0) {
            throw new DomainConflictException("delivery " + deliveryId + " is " + found.get(0).status()
                    + "; only a dead-lettered delivery is redelivered by hand");
        }
        return RestResponse.ResponseBuilder.<DeliveryResponse>accepted()
                .entity(find("d.id = :k", Map.of("k", deliveryId), null).get(0)).build();
    }

    @SuppressWarnings("unchecked")
    private List<DeliveryResponse> find(String where, Map<String, Object> params, String status) {
        var q = em.createNativeQuery("""
                select d.id, d.webhook_id, d.department_id, d.event_id, d.event_type, d.status, d.attempts,
                       d.next_attempt_at, d.last_status, d.last_error, d.created_at, d.delivered_at
                from webhook_delivery d where %s %s order by d.created_at desc, d.id limit 500"""
                .formatted(where, status == null ? "" : "and d.status = :status"));
        params.forEach(q::setParameter);
        if (status != null) {
            q.setParameter("status", status);
        }
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new DeliveryResponse((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], ((Number) r[6]).intValue(), instant(r[7]),
                r[8] == null ? null : ((Number) r[8]).intValue(), (String) r[9], instant(r[10]), instant(r[11]),
                attempts((UUID) r[0]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<AttemptResponse> attempts(UUID deliveryId) {
        List<Object[]> rows = em.createNativeQuery("""
                select attempt, attempted_at, status_code, error, duration_ms from webhook_attempt
                where delivery_id = :id order by id""").setParameter("id", deliveryId).getResultList();
        return rows.stream().map(r -> new AttemptResponse(((Number) r[0]).intValue(), instant(r[1]),
                r[2] == null ? null : ((Number) r[2]).intValue(), (String) r[3], ((Number) r[4]).intValue())).toList();
    }

    private String departmentOfWebhook(UUID id) {
        List<?> found = em.createNativeQuery("select department_id from webhook_subscription where id = :id")
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("no webhook " + id);
        }
        return (String) found.get(0);
    }

    private void own(String departmentId) {
        caller.requireDepartmentOrDistrictAdmin(departmentId, Subscription.districtOfDepartment(departmentId));
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
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
