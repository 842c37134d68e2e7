package org.ipcollab.cases.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;


import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.ValidationException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.cases.infringement.ValidCreditCode;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.security.Roles;
import org.ipcollab.cases.sharing.domain.SharedEvent;
import org.ipcollab.cases.sharing.domain.SharingAgreement;

import io.quarkus.security.ForbiddenException;

/** 案件信息共享 — shared queries for partner districts, their access log, and the repeat-infringer lookup. */
@Path("/shared-cases")
@Tag(name = "Cross-district sharing 跨区域协作")
public class SharedCaseResource {
    @Inject
    SharedCaseQuery query;

    @Inject
    RepeatInfringers repeatInfringers;

    @Inject
    SharingAgreements agreements;

    @Inject
    Caller caller;

    @POST
    @Path("queries")
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "共享查询 — query a partner district's cases (masked summaries; logged with its purpose)")
    public SharedCaseQuery.Result query(@NotNull @Valid SharedQueryRequest body) {
        return query.query(body);
    }

    @GET
    @Path("access-log")
    @RolesAllowed({ Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "共享查询访问日志 — who queried the caller's district's cases, when, what and why")
    public List<SharedCaseQuery.LogEntry> accessLog(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return query.accessLog(page, size);
    }

    /** Body of {@code POST /shared-cases/repeat-infringer-lookups}. */
    public record LookupRequest(@NotBlank @ValidCreditCode String creditCode, LocalDate before,
            @Size(max = 500) String purpose) {
    }

    public record LookupResponse(String creditCode, LocalDate before, LocalDate windowFrom, boolean repeatInfringer,
            LocalDate lastPenaltyOn, String summaryZh, String summaryEn, List<String> districtsSearched,
            List<RepeatInfringers.Penalty> penalties) {
    }

    @POST
    @Path("repeat-infringer-lookups")
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "重复侵权查询 — penalised for IP infringement here or in a sharing district in the 2 years before a date?")
    @Transactional
    public LookupResponse lookup(@NotNull @Valid LookupRequest body) {
        return answer(body.creditCode(), body.before(), body.purpose());
    }

    @GET
    @Path("repeat-infringers/{creditCode}")
    @RolesAllowed({ Roles.REGULATOR, Roles.DISTRICT_LIAISON, Roles.ADMIN })
    @Operation(summary = "重复侵权查询 — as the POST, for an organisation's credit code (not personal data) in the path")
    @Transactional
    public LookupResponse lookupByPath(@PathParam("creditCode") @ValidCreditCode String creditCode,
            @QueryParam("before") LocalDate before) {
        return answer(creditCode, before, null);
    }

    private LookupResponse answer(String creditCode, LocalDate before, String purpose) {
        if (!caller.hasRole(Roles.REGULATOR) && !caller.hasRole(Roles.DISTRICT_LIAISON)
                && !caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("the repeat-infringer lookup is for regulators, liaisons and administrators");
        }
        LocalDate today = WorkingDayCalendar.legalDate(java.time.Instant.now());
        LocalDate day = before == null ? today.plusDays(1) : before;
        if (day.isAfter(today.plusDays(1))) {
            throw new ValidationException("before must not be after tomorrow");
        }
        String cc = creditCode.strip().toUpperCase();
        RepeatInfringers.Answer a = repeatInfringers.lookup(cc, caller.district(), day, null);
        // a read of another district's decisions is logged in that district's access log, like a shared query
        for (SharingAgreement agreement : agreements.inForceWith(caller.district(), SharedEvent.CASE_QUERY)) {
            String other = agreement.otherParty(caller.district());
            long found = a.penalties().stream().filter(p -> p.district().equals(other)).count();
            query.writeLog(other, agreement.id(), purpose == null || purpose.isBlank()
                    ? "重复侵权查询 / repeat-infringer lookup" : purpose.strip(),
                    Map.of("creditCode", cc, "before", day.toString(), "lookup", "REPEAT_INFRINGER"), (int) found);
        }
        boolean repeat = !a.penalties().isEmpty();
        LocalDate last = a.lastPenaltyOn().orElse(null);
        return new LookupResponse(cc, day, day.minusYears(RepeatInfringers.YEARS), repeat, last,
                repeat ? "该单位在 " + day.minusYears(2) + " 至 " + day.minusDays(1) + " 期间受过知识产权行政处罚，最近一次 " + last
                        : "该单位在本区县及共享区县 2 年内未受过知识产权行政处罚",
                repeat ? "Penalised for IP infringement between " + day.minusYears(2) + " and " + day.minusDays(1)
                        + ", last on " + last
                        : "No IP infringement penalty in this or a sharing district within 2 years",
                a.districts(), a.penalties().stream().map(p -> p.district().equals(caller.district()) ? p
                        : new RepeatInfringers.Penalty(p.district(), null, null, p.decidedOn())).toList());
    }

}
