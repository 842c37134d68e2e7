package org.ipcollab.referral.referral;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.ValidationException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.referral.referral.domain.Actor;
import org.ipcollab.referral.referral.domain.DocumentKind;
import org.ipcollab.referral.security.Caller;
import org.ipcollab.referral.security.Roles;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * 行刑衔接 — referrals of suspected crimes. Every command answers the referral as it is afterwards; a wrong role or
 * department is 403, a referral of another district 404, a step out of order 409, all problem+json.
 */
@Path("/referrals")
@Tag(name = "referrals", description = "移送涉嫌犯罪案件 — referrals from agencies to police, procuratorate and court")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT})
public class ReferralResource {
    @Inject
    Referrals referrals;

    @Inject
    Caller caller;

    @Inject
    ReferralRules rules;

    Actor actor() {
        return new Actor(caller.subject(), caller.role(), caller.department(), caller.district());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "移送报告 — refer a case of the caller's department (regulator); the head decides within 3 days")
    public Response submit(@NotNull @Valid ReferralRequests.Submit body) {
        UUID id = referrals.submit(actor(), body);
        return Response.created(URI.create("/referrals/" + id)).entity(referrals.view(id, actor())).build();
    }

    @GET
    @Operation(summary = "the referrals of the caller's district, newest first")
    public List<ReferralResponse> list(@QueryParam("caseId") UUID caseId, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return referrals.list(actor(), caseId, status, page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "one referral: status, art 6 checklist, documents, clocks, steps")
    public ReferralResponse get(@PathParam("id") UUID id) {
        return referrals.view(id, actor());
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "add an art 6 document (multipart: kind, file); 413 over the size limit, 415 a type not"
            + " allowed, both problem+json")
    public Response attach(@PathParam("id") UUID id, @RestForm("kind") String kind,
            @RestForm("file") FileUpload file) {
        DocumentKind documentKind;
        try {
            documentKind = DocumentKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind: one of REFERRAL_LETTER, INVESTIGATION_REPORT, GOODS_LIST,"
                    + " APPRAISAL_REPORT, OTHER");
        }
        if (file == null || file.uploadedFile() == null) {
            throw new ValidationException("file: a file part is required");
        }
        ReferralDocuments.Metadata m = referrals.attach(id, actor(), documentKind, file.uploadedFile(), file.size(),
                file.fileName(), file.contentType());
        return Response.created(URI.create("/referrals/" + id + "/documents/" + m.id())).entity(m).build();
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "download a document: the agency, the receiving police and the procuratorate only")
    public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        ReferralDocuments.Content c = referrals.download(id, documentId, actor());
        String encoded = java.net.URLEncoder.encode(c.metadata().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(c.bytes(), c.metadata().contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("ETag", "\"" + c.metadata().sha256() + "\"")
                .header("X-Content-SHA256", c.metadata().sha256())
                .build();
    }

    private ReferralResponse step(UUID id, Referrals.StepFunction f) {
        referrals.step(id, actor(), f);
        return referrals.view(id, actor());
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "负责人批准移送 — the agency head (a regulator of the agency, not a reporting officer)")
    public ReferralResponse approve(@PathParam("id") UUID id) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.approve(a, now, rules.book()));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "负责人不批准移送")
    public ReferralResponse decline(@PathParam("id") UUID id, @NotNull @Valid ReferralRequests.Reasons body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.decline(a, body.reasons(), now));
    }

    @POST
    @Path("/{id}/send")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "移送公安机关 within 24 h of approval, copy to the procuratorate; 409 while an art 6 document"
            + " is missing")
    public ReferralResponse send(@PathParam("id") UUID id, @NotNull @Valid ReferralRequests.Send body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.send(a, body.policeDepartmentId(), docs, now));
    }

    @POST
    @Path("/{id}/receive")
    @Operation(summary = "公安机关签收 — starts the 3-day decision")
    public ReferralResponse receive(@PathParam("id") UUID id) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.receive(a, now, rules.book()));
    }

    @POST
    @Path("/{id}/forward")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "转送主管公安机关 within 24 h of the receipt; the agency is told")
    public ReferralResponse forward(@PathParam("id") UUID id, @NotNull @Valid ReferralRequests.Forward body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.forward(a, body.policeDepartmentId(), body.reasons(), now,
                rules.book()));
    }

    @POST
    @Path("/{id}/open-criminal-case")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "公安机关立案 (on the referral, or after the procuratorate's notice)")
    public ReferralResponse openCriminalCase(@PathParam("id") UUID id,
            @NotNull @Valid ReferralRequests.OpenCriminalCase body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.openCriminalCase(a, body.criminalCaseNumber(), now,
                rules.book()));
    }

    @POST
    @Path("/{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "公安机关不予立案, with reasons")
    public ReferralResponse refuse(@PathParam("id") UUID id, @NotNull @Valid ReferralRequests.Reasons body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.refuse(a, body.reasons(), now, rules.book()));
    }

    @POST
    @Path("/{id}/request-reconsideration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "提请复议 within 3 days of the refusal")
    public ReferralResponse requestReconsideration(@PathParam("id") UUID id,
            @NotNull @Valid ReferralRequests.Grounds body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.requestReconsideration(a, body.grounds(), now, rules.book()));
    }

    @POST
    @Path("/{id}/answer-reconsideration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "复议决定 within 3 days: uphold the refusal, or reverse it and open the case")
    public ReferralResponse answerReconsideration(@PathParam("id") UUID id,
            @NotNull @Valid ReferralRequests.AnswerReconsideration body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.answerReconsideration(a, body.upheld(), body.reasons(),
                body.criminalCaseNumber(), now, rules.book()));
    }

    @POST
    @Path("/{id}/request-supervision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "建议检察院立案监督 within 3 days of the reconsideration decision")
    public ReferralResponse requestSupervision(@PathParam("id") UUID id,
            @NotNull @Valid ReferralRequests.Grounds body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.requestSupervision(a, body.grounds(), now, rules.book()));
    }

    @POST
    @Path("/{id}/request-explanation")
    @Operation(summary = "检察院要求说明不立案理由 — the police explain within 7 days")
    public ReferralResponse requestExplanation(@PathParam("id") UUID id) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.requestExplanation(a, now, rules.book()));
    }

    @POST
    @Path("/{id}/explain")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "公安机关说明不立案理由")
    public ReferralResponse explain(@PathParam("id") UUID id, @NotNull @Valid ReferralRequests.Reasons body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.explain(a, body.reasons(), now));
    }

    @POST
    @Path("/{id}/order-opening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "检察院通知立案 — the police open the case within 15 days")
    public ReferralResponse orderOpening(@PathParam("id") UUID id, @NotNull @Valid ReferralRequests.Reasons body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.orderOpening(a, body.reasons(), now, rules.book()));
    }

    @POST
    @Path("/{id}/confirm-refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "检察院认为不立案理由成立 — the chain ends; the agency imposes its penalty")
    public ReferralResponse confirmRefusal(@PathParam("id") UUID id, @NotNull @Valid ReferralRequests.Reasons body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.confirmRefusal(a, body.reasons(), now));
    }

    @POST
    @Path("/{id}/hand-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "移交涉案物品和材料 within 3 days of the opening")
    public ReferralResponse handOver(@PathParam("id") UUID id, @NotNull @Valid ReferralRequests.HandOver body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.handOver(a, body.inventory(), now));
    }

    @POST
    @Path("/{id}/send-for-prosecution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "公安机关移送审查起诉")
    public ReferralResponse sendForProsecution(@PathParam("id") UUID id,
            @NotNull @Valid ReferralRequests.SendForProsecution body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.sendForProsecution(a, body.summary(), now));
    }

    @POST
    @Path("/{id}/prosecute")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "检察院提起公诉 to a court of the district")
    public ReferralResponse prosecute(@PathParam("id") UUID id, @NotNull @Valid ReferralRequests.Prosecute body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.prosecute(a, body.courtDepartmentId(), body.indictmentNumber(), now));
    }

    @POST
    @Path("/{id}/decline-prosecution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "检察院不起诉 — sends the case back to the agency with a prosecutorial opinion (2 months to"
            + " answer)")
    public ReferralResponse declineProsecution(@PathParam("id") UUID id,
            @NotNull @Valid ReferralRequests.DeclineProsecution body) {
        referrals.declineProsecution(id, actor(), body.opinion());
        return referrals.view(id, actor());
    }

    @POST
    @Path("/{id}/register-at-court")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "法院立案")
    public ReferralResponse registerAtCourt(@PathParam("id") UUID id,
            @NotNull @Valid ReferralRequests.RegisterAtCourt body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.registerAtCourt(a, body.courtCaseNumber(), now));
    }

    @POST
    @Path("/{id}/record-judgment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "法院判决")
    public ReferralResponse recordJudgment(@PathParam("id") UUID id,
            @NotNull @Valid ReferralRequests.RecordJudgment body) {
        Actor a = actor();
        return step(id, (r, now, docs) -> r.recordJudgment(a, body.outcome().name(), body.judgmentNumber(),
                body.summary(), now));
    }
}
