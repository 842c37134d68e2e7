package org.ipcollab.referral.referral;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the referral commands. */
public final class ReferralRequests {
    static final String DEPARTMENT = "[0-9]{6}-[a-z0-9]+(-[a-z0-9]+)*";
    static final String DEPARTMENT_MESSAGE = "must be a department id like 500155-psb";

    private ReferralRequests() {
    }

    /** 移送报告 — the report of two or more officers, submitted for the head's approval. */
    public record Submit(
            @NotNull UUID caseId,
            @NotBlank @Size(max = 4000) String reason,
            @NotNull @Min(213) @Max(219) @Schema(description = "Criminal Law article 213–219") Integer suspectedArticle,
            @NotNull @Size(min = 2, max = 10) List<@NotBlank @Size(max = 100) String> officers,
            @NotBlank @Pattern(regexp = DEPARTMENT, message = DEPARTMENT_MESSAGE)
            @Schema(description = "the same-level procuratorate: receives the copy and every escalation")
            String procuratorateDepartmentId,
            @Schema(description = "whether a test/appraisal report must travel with it; default: arts 213–215 yes")
            Boolean appraisalRequired) {
    }

    public record Reasons(@NotBlank @Size(max = 4000) String reasons) {
    }

    public record Grounds(@NotBlank @Size(max = 4000) String grounds) {
    }

    public record Send(@NotBlank @Pattern(regexp = DEPARTMENT, message = DEPARTMENT_MESSAGE) String policeDepartmentId) {
    }

    public record Forward(
            @NotBlank @Pattern(regexp = DEPARTMENT, message = DEPARTMENT_MESSAGE) String policeDepartmentId,
            @NotBlank @Size(max = 4000) String reasons) {
    }

    public record OpenCriminalCase(@NotBlank @Size(max = 140) String criminalCaseNumber) {
    }

    public record AnswerReconsideration(
            @NotNull Boolean upheld,
            @NotBlank @Size(max = 4000) String reasons,
            @Size(max = 140) @Schema(description = "required when the refusal is reversed") String criminalCaseNumber) {
    }

    public record HandOver(@NotBlank @Size(max = 4000) String inventory) {
    }

    public record SendForProsecution(@NotBlank @Size(max = 4000) String summary) {
    }

    public record Prosecute(
            @NotBlank @Pattern(regexp = DEPARTMENT, message = DEPARTMENT_MESSAGE) String courtDepartmentId,
            @NotBlank @Size(max = 140) String indictmentNumber) {
    }

    public record DeclineProsecution(@NotBlank @Size(max = 4000) String opinion) {
    }

    public record RegisterAtCourt(@NotBlank @Size(max = 140) String courtCaseNumber) {
    }

    public enum JudgmentOutcome {
        CONVICTED, ACQUITTED, EXEMPTED_FROM_PUNISHMENT
    }

    public record RecordJudgment(
            @NotNull JudgmentOutcome outcome,
            @NotBlank @Size(max = 140) String judgmentNumber,
            @NotBlank @Size(max = 4000) String summary) {
    }

    /** 反向移送. */
    public record SendReverse(
            @NotNull UUID caseId,
            @NotBlank @Pattern(regexp = DEPARTMENT, message = DEPARTMENT_MESSAGE) String agencyDepartmentId,
            @NotBlank @Size(max = 4000) String reason,
            @Size(max = 8000) @Schema(description = "检察意见; procuratorate only. Without it the 10-working-day review"
                    + " starts") String opinion,
            @Pattern(regexp = DEPARTMENT, message = DEPARTMENT_MESSAGE)
            @Schema(description = "police only: the same-level procuratorate, told of the reverse referral")
            String procuratorateDepartmentId) {
    }

    public record Opinion(@NotBlank @Size(max = 8000) String opinion) {
    }

    public record Answer(@NotBlank @Size(max = 8000) String answer, @NotNull Boolean penaltyImposed) {
    }
}
