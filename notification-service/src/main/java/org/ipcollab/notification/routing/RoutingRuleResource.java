package org.ipcollab.notification.routing;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.ValidationException;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.ipcollab.notification.problem.DomainConflictException;
import org.ipcollab.notification.routing.domain.RoutingRule;
import org.ipcollab.notification.security.Caller;
import org.ipcollab.notification.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * 路由规则 — a district's administrator manages the routing rules of its district. The seeded domain defaults (no
 * district) are listed to every administrator and cannot be changed over the API (409).
 */
@Path("/routing-rules")
@Tag(name = "routing-rules", description = "路由规则 — who hears of which event beside the subscribers")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RoutingRuleResource {
    @Inject
    RoutingRuleRepository rules;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "新建路由规则 — an admin adds a rule for its own district (201)")
    public RestResponse<RoutingRuleResponse> create(@NotNull @Valid RoutingRuleRequest request) {
        caller.requireDistrict(request.district());
        RoutingRule rule = toDomain(UUID.randomUUID(), request);
        RoutingRuleEntity e = new RoutingRuleEntity();
        e.apply(rule);
        e.createdAt = Instant.now(clock);
        e.createdBy = caller.subject();
        rules.persist(e);
        return RestResponse.ResponseBuilder.<RoutingRuleResponse>created(URI.create("/routing-rules/" + rule.id()))
                .entity(RoutingRuleResponse.of(rule)).build();
    }

    @GET
    @Transactional
    @Operation(summary = "路由规则列表 — the seeded defaults, then the caller's district's rules")
    public List<RoutingRuleResponse> list() {
        return rules.applicableIn(caller.district()).stream().map(RoutingRuleResponse::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "查看路由规则 — a default or a rule of the caller's district; otherwise 404")
    public RoutingRuleResponse get(@PathParam("id") UUID id) {
        return RoutingRuleResponse.of(visible(id).toDomain());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "修改路由规则 — replace a rule of the caller's district; 409 for a seeded default")
    public RoutingRuleResponse update(@PathParam("id") UUID id, @NotNull @Valid RoutingRuleRequest request) {
        RoutingRuleEntity e = changeable(id);
        caller.requireDistrict(request.district());
        RoutingRule rule = toDomain(id, request);
        e.apply(rule);
        return RoutingRuleResponse.of(rule);
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(summary = "删除路由规则 — remove a rule of the caller's district (204); 409 for a seeded default")
    public void delete(@PathParam("id") UUID id) {
        rules.delete(changeable(id));
    }

    private RoutingRuleEntity visible(UUID id) {
        return rules.findByIdOptional(id)
                .filter(e -> e.district == null || e.district.equals(caller.district()))
                .orElseThrow(() -> new NotFoundException("no routing rule " + id));
    }

    private RoutingRuleEntity changeable(UUID id) {
        RoutingRuleEntity e = visible(id);
        if (e.seeded || e.district == null) {
            throw new DomainConflictException("routing rule " + id + " is a seeded default of every district and "
                    + "cannot be changed over the API; add a rule for your district instead");
        }
        return e;
    }

    private static RoutingRule toDomain(UUID id, RoutingRuleRequest r) {
        String problem = RoutingRule.recipientProblem(r.recipient().kind(), r.recipient().value());
        if (problem != null) {
            throw new ValidationException("recipient: " + problem);
        }
        return new RoutingRule(id, r.name(), r.district(), r.eventTypePattern(), r.departmentId(), r.actorRole(),
                r.majorCase(), r.recipient().kind(), r.recipient().value(), false);
    }
}
