package org.ipcollab.cases.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.security.Roles;
import org.ipcollab.cases.statistics.domain.PeriodFigures;
import org.ipcollab.cases.statistics.domain.StatisticsPeriod;
import org.ipcollab.cases.statistics.domain.StatisticsRange;

import io.quarkus.security.ForbiddenException;

@Path("/statistics/cases")
@Tag(name = "statistics", description = "案件统计 — case statistics per district and period")
@SecurityRequirement(name = "jwt")
public class CaseStatisticsResource {
    @Inject
    CaseStatistics statistics;

    @Inject
    Caller caller;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CaseStatisticsCsv.MEDIA_TYPE})
    @RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
            Roles.DISTRICT_LIAISON, Roles.ADMIN})
    @Operation(summary = "案件统计 — cases filed and opened, on-time opening and closing, referral rate, publication "
            + "timeliness, average duration of the caller's district, per month, quarter or year; JSON, or CSV with "
            + "Accept: text/csv or format=csv")
    public Response cases(@QueryParam("from") @Parameter(description = "YYYY-MM-DD (Beijing), inclusive") String from,
            @QueryParam("to") @Parameter(description = "YYYY-MM-DD (Beijing), inclusive; at most 5 years after from")
            String to,
            @QueryParam("period") @Parameter(description = "MONTH (default), QUARTER or YEAR") String period,
            @QueryParam("district") @Parameter(description = "only the caller's own district (403 otherwise)")
            String district,
            @QueryParam("format") @Parameter(description = "json or csv; overrides Accept") String format,
            @Context HttpHeaders headers) {
        String own = caller.district();
        if (district != null && !district.isBlank() && !district.strip().equals(own)) {
            throw new ForbiddenException("a caller of district " + own + " sees the statistics of district " + own
                    + " only, not " + district.strip());
        }
        StatisticsRange range;
        try {
            range = new StatisticsRange(date("from", from), date("to", to), period(period));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
        boolean csv = wantsCsv(format, headers);
        Instant now = Instant.now();
        Map<StatisticsPeriod.Bucket, PeriodFigures> figures = statistics.count(own, range, now);
        if (csv) {
            String name = "case-statistics-%s-%s-%s-%s.csv".formatted(own, range.from(), range.to(),
                    range.period().name().toLowerCase(java.util.Locale.ROOT));
            return Response.ok(CaseStatisticsCsv.write(own, figures), CaseStatisticsCsv.MEDIA_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
        }
        var rows = figures.entrySet().stream()
                .map(e -> CaseStatisticsResponse.Row.of(own, e.getKey(), e.getValue())).toList();
        return Response.ok(new CaseStatisticsResponse(own, range.from(), range.to(), range.period(),
                range.period().labelZh(), range.period().labelEn(), "Asia/Shanghai", now, rows,
                CaseStatisticsResponse.Definition.all()), MediaType.APPLICATION_JSON).build();
    }

    /** {@code format} decides when given; otherwise CSV only when the caller prefers text/csv over JSON. */
    static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new BadRequestException("format must be json or csv, not '" + format.strip() + "'");
            };
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(name + " is required: a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date YYYY-MM-DD, not '" + value.strip() + "'");
        }
    }

    private static StatisticsPeriod period(String value) {
        if (value == null || value.isBlank()) {
            return StatisticsPeriod.MONTH;
        }
        try {
            return StatisticsPeriod.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("period must be MONTH, QUARTER or YEAR, not '" + value.strip() + "'");
        }
    }
}
