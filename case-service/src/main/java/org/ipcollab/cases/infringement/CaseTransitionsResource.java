package org.ipcollab.cases.infringement;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.cases.infringement.domain.CaseTransition;
import org.ipcollab.cases.security.Roles;

/** 案件流转规则 — the catalogue of transitions: from which statuses, who may make each, what it requires and why. */
@Path("/case-transitions")
@Tag(name = "case lifecycle", description = "案件流转与法定期限 — case lifecycle and statutory clocks")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class CaseTransitionsResource {
    public record TransitionInfo(CaseTransition code, String labelZh, String labelEn, List<String> from,
            String whoZh, String whoEn, String requiresZh, String requiresEn, String whyZh, String whyEn) {
    }

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR, Roles.ADMIN,
            Roles.DISTRICT_LIAISON})
    @Operation(summary = "案件流转规则 — every transition: from which statuses, who, what it requires, why")
    public List<TransitionInfo> transitions() {
        return Arrays.stream(CaseTransition.values()).map(t -> new TransitionInfo(t, t.labelZh(), t.labelEn(),
                t.from().stream().sorted().map(Enum::name).toList(), t.whoZh(), t.whoEn(), t.requiresZh(),
                t.requiresEn(), t.whyZh(), t.whyEn())).toList();
    }

}
