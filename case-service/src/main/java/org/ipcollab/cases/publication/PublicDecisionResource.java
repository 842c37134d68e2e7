package org.ipcollab.cases.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.cases.infringement.PageResponse;

/**
 * 行政处罚信息公示 — the public, unauthenticated view: published decisions that were not withdrawn and are within their
 * display window (3 months for a small fine, else 3 years), newest first.
 */
@Path("/public/decisions")
@Tag(name = "public decisions", description = "行政处罚信息公示 — published penalty decisions, no sign-in")
@Produces(MediaType.APPLICATION_JSON)
public class PublicDecisionResource {
    @Inject
    Publications publications;

    Clock clock = Clock.systemUTC();

    @GET
    @PermitAll
    @Transactional
    @Operation(summary = "公示的行政处罚决定 — published decisions, optionally of one district")
    public PageResponse<PublicDecisionResponse> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @QueryParam("district") @Pattern(regexp = "[0-9]{6}") String district) {
        Instant now = Instant.now(clock);
        List<PublicDecisionResponse> items = publications.shownList(district, now, page, size).stream()
                .map(PublicDecisionResponse::of).toList();
        return new PageResponse<>(items, page, size, publications.shownCount(district, now));
    }

    @GET
    @Path("{publicationId}")
    @PermitAll
    @Transactional
    @Operation(summary = "一条公示的行政处罚决定 — one published decision (404 once withdrawn or no longer shown)")
    public PublicDecisionResponse one(@PathParam("publicationId") UUID publicationId) {
        return publications.shown(publicationId, Instant.now(clock)).map(PublicDecisionResponse::of)
                .orElseThrow(() -> new NotFoundException("no published decision " + publicationId));
    }
}
