package org.ipcollab.cases.infringement;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ipcollab.cases.infringement.domain.DecisionOutcome;
import org.ipcollab.cases.infringement.domain.LegalReviewOpinion;
import org.ipcollab.cases.infringement.domain.PenaltyMeasure;
import org.ipcollab.cases.rules.domain.ExtensionAuthority;
import org.ipcollab.cases.rules.domain.PauseReason;

/** Bodies of the lifecycle commands ({@code POST /cases/{id}/...}). */
public final class LifecycleRequests {
    static final String DEPARTMENT = "[0-9]{6}-[a-z0-9]+(-[a-z0-9]+)*";
    static final String DEPARTMENT_MESSAGE = "must be a department id like 500155-psb";

    private LifecycleRequests() {
    }

    /** 立案. */
    public record Open(
            @NotBlank @Size(max = 140) @Schema(description = "立案审批文号", example = "梁市监立审〔2026〕118号")
            String approvalReference) {
    }

    /** 不予立案. */
    public record DeclineToOpen(
            @NotBlank @Size(max = 2000) String reason,
            @NotBlank @Size(max = 140) String approvalReference) {
    }

    /** 调查终结. */
    public record FinishInvestigation(
            @NotBlank @Size(max = 4000) @Schema(description = "案件调查终结报告摘要") String reportSummary,
            @NotNull @Schema(description = "案情复杂 — one ground for legal review") Boolean complex) {
    }

    /** 法制审核. */
    public record CompleteLegalReview(
            @NotNull LegalReviewOpinion opinion,
            @NotBlank @Size(max = 4000) String summary) {
    }

    /** 作出决定. Amounts are yuan decimal strings. */
    public record Decide(
            @NotNull DecisionOutcome outcome,
            @Size(max = 5) Set<@NotNull PenaltyMeasure> measures,
            @Pattern(regexp = FileCaseRequest.YUAN, message = FileCaseRequest.YUAN_MESSAGE) String fine,
            @Pattern(regexp = FileCaseRequest.YUAN, message = FileCaseRequest.YUAN_MESSAGE) String confiscatedGains,
            @NotBlank @Size(max = 140) @Schema(description = "决定书文号", example = "梁市监处罚〔2026〕207号")
            String documentNumber,
            @NotBlank @Size(max = 4000) String reasons,
            @Size(max = 2000) @Schema(description = "达到入罪标准而不移送的理由 — required exactly then")
            String noReferralReason) {
    }

    /** 中止. */
    public record Suspend(@NotBlank @Size(max = 2000) String reason) {
    }

    /** 恢复办理. */
    public record Resume(@NotBlank @Size(max = 2000) String note) {
    }

    /** 抄送处罚决定. */
    public record CopyPenaltyDecision(
            @NotBlank @Pattern(regexp = DEPARTMENT, message = DEPARTMENT_MESSAGE) String policeDepartment,
            @NotBlank @Pattern(regexp = DEPARTMENT, message = DEPARTMENT_MESSAGE) String procuratorateDepartment) {
    }

    /** 结案. */
    public record Close(@NotBlank @Size(max = 4000) String summary) {
    }

    /** 暂停计时 (testing, hearing, notice). */
    public record PauseClock(@NotNull PauseReason reason, @NotBlank @Size(max = 2000) String note) {
    }

    /** 延长期限. {@code amount} may be omitted for a tier with a fixed amount. */
    public record ExtendClock(
            @NotNull ExtensionAuthority authority,
            @Positive Integer amount,
            @NotBlank @Size(max = 140) @Schema(description = "批准文号或集体讨论记录编号") String reference) {
    }
}
