package org.ipcollab.cases.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.cases.rules.domain.YearCalendar;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.security.Roles;
import org.ipcollab.cases.thresholds.domain.ThresholdRuleSet;

/**
 * Loading legal rules (administrators only): a year's working-day calendar, or a whole threshold rule set, as the
 * JSON of the bundled files. Each load is appended to {@code legal_rule_document} with the administrator's subject
 * and district and the reason given, and applies on this replica at once, on the others within one refresh interval
 * (see {@link LegalRules}). A refused document (422) stores nothing.
 */
@Path("/admin/rules")
@Tag(name = "rules", description = "法律规则 — working-day calendars, statutory time limits, criminal thresholds")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RulesAdminResource {
    @Inject
    LegalRules rules;

    @Inject
    RuleDocuments documents;

    @Inject
    Caller caller;

    @PUT
    @Path("/calendars/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "加载工作日历 — load a year's calendar (the format of rules/calendars/cn-2025.json); it"
            + " replaces the calendar in force for that year")
    public CalendarResponse loadCalendar(@PathParam("year") String year,
            @QueryParam("reason") @NotBlank @Size(max = 1000) String reason,
            @RequestBody(description = "the State Council notice as JSON, e.g. rules/calendars/cn-2026.json") String body) {
        if (year == null || !year.matches("[0-9]{4}")) {
            throw new RuleDocumentRefusedException("calendar: the year in the path must be four digits, not '" + year
                    + "'");
        }
        LegalRules.Loaded<YearCalendar> loaded = rules.loadCalendar(Integer.parseInt(year), body, caller.subject(),
                caller.district(), reason.strip());
        return CalendarResponse.of(loaded.rules(), loaded.origin());
    }

    @PUT
    @Path("/thresholds/{setId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "加载入罪标准规则集 — load a whole threshold rule set (the format of rules/thresholds/cn-2025.json);"
            + " it replaces the set with the same id or adds one")
    public ThresholdSetResponse loadThresholdSet(@PathParam("setId") String setId,
            @QueryParam("reason") @NotBlank @Size(max = 1000) String reason,
            @RequestBody(description = "the rule set as JSON, e.g. rules/thresholds/cn-2025.json") String body) {
        if (setId == null || setId.length() > 64 || !setId.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new RuleDocumentRefusedException("threshold rule set: the id in the path must look like cn-2025"
                    + " (lower-case letters and digits joined by '-', at most 64), not '" + setId + "'");
        }
        LegalRules.Loaded<ThresholdRuleSet> loaded = rules.loadThresholdSet(setId, body, caller.subject(),
                caller.district(), reason.strip());
        return ThresholdSetResponse.of(loaded.rules(), loaded.origin());
    }

    @GET
    @Path("/history")
    @Transactional
    @Operation(summary = "加载记录 — every rule document ever loaded, newest first (kind=CALENDAR|THRESHOLD_SET)")
    public List<RuleDocumentResponse> history(@QueryParam("kind") String kind) {
        RuleDocumentKind only = null;
        if (kind != null && !kind.isBlank()) {
            try {
                only = RuleDocumentKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("kind is CALENDAR or THRESHOLD_SET, not '" + kind + "'");
            }
        }
        Set<Long> inForce = documents.latest().stream().map(RuleDocument::id).collect(Collectors.toSet());
        return documents.history(only).stream()
                .map(d -> RuleDocumentResponse.of(d, inForce.contains(d.id()), false)).toList();
    }

    @GET
    @Path("/history/{id}")
    @Transactional
    @Operation(summary = "加载记录详情 — one loaded document with its JSON text exactly as it was loaded")
    public RuleDocumentResponse document(@PathParam("id") long id) {
        RuleDocument d = documents.byId(id).orElseThrow(() -> new NotFoundException("no rule document " + id));
        boolean inForce = documents.latest().stream().anyMatch(l -> l.id() == d.id());
        return RuleDocumentResponse.of(d, inForce, true);
    }
}
