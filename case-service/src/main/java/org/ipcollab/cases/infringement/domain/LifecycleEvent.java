package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The facts a case's lifecycle publishes, one CloudEvents type per transition (schemas in {@code docs/events}). Every
 * one carries the case's identity, the status it left and entered, when, and who ({@code actor} is the subject of
 * the token, or {@code system} for a clock falling due). Money is yuan as decimal strings.
 */
public sealed interface LifecycleEvent extends CaseEvent {

    /** 立案. */
    record Opened(UUID caseId, String district, String departmentId, String caseNumber, CaseStatus fromStatus,
            CaseStatus toStatus, Instant occurredAt, String actor, String approvalReference,
            LocalDate conclusionDueDate) implements LifecycleEvent {
        public String type() {
            return "org.ipcollab.case.opened.v1";
        }
    }

    /** 不予立案. */
    record OpeningDeclined(UUID caseId, String district, String departmentId, String caseNumber,
            CaseStatus fromStatus, CaseStatus toStatus, Instant occurredAt, String actor, String approvalReference,
            String reason) implements LifecycleEvent {
        public String type() {
            return "org.ipcollab.case.opening-declined.v1";
        }
    }

    /** 调查终结. {@code legalReviewGrounds}: MAJOR, HEARD, COMPLEX. */
    record InvestigationFinished(UUID caseId, String district, String departmentId, String caseNumber,
            CaseStatus fromStatus, CaseStatus toStatus, Instant occurredAt, String actor, boolean legalReviewRequired,
            List<String> legalReviewGrounds) implements LifecycleEvent {
        public String type() {
            return "org.ipcollab.case.investigation-finished.v1";
        }
    }

    /** 法制审核完成. */
    record LegalReviewCompleted(UUID caseId, String district, String departmentId, String caseNumber,
            CaseStatus fromStatus, CaseStatus toStatus, Instant occurredAt, String actor, LegalReviewOpinion opinion)
            implements LifecycleEvent {
        public String type() {
            return "org.ipcollab.case.legal-review-completed.v1";
        }
    }

    /** 作出决定. */
    record Decided(UUID caseId, String district, String departmentId, String caseNumber, CaseStatus fromStatus,
            CaseStatus toStatus, Instant occurredAt, String actor, DecisionOutcome outcome,
            List<PenaltyMeasure> measures, String fine, String confiscatedGains, String documentNumber,
            boolean referralRequired, String thresholdCitation, String noReferralReason,
            LocalDate penaltyDecisionCopyDueDate) implements LifecycleEvent {
        public String type() {
            return "org.ipcollab.case.decided.v1";
        }
    }

    /** 中止. */
    record Suspended(UUID caseId, String district, String departmentId, String caseNumber, CaseStatus fromStatus,
            CaseStatus toStatus, Instant occurredAt, String actor, String reason) implements LifecycleEvent {
        public String type() {
            return "org.ipcollab.case.suspended.v1";
        }
    }

    /** 恢复办理. */
    record Resumed(UUID caseId, String district, String departmentId, String caseNumber, CaseStatus fromStatus,
            CaseStatus toStatus, Instant occurredAt, String actor, LocalDate conclusionDueDate)
            implements LifecycleEvent {
        public String type() {
            return "org.ipcollab.case.resumed.v1";
        }
    }

    /** 处罚决定已抄送公安机关、检察院. */
    record PenaltyDecisionCopied(UUID caseId, String district, String departmentId, String caseNumber,
            CaseStatus fromStatus, CaseStatus toStatus, Instant occurredAt, String actor, String policeDepartment,
            String procuratorateDepartment, String documentNumber, String thresholdCitation, String noReferralReason,
            boolean onTime) implements LifecycleEvent {
        public String type() {
            return "org.ipcollab.case.penalty-decision-copied.v1";
        }
    }

    /** 结案. */
    record Closed(UUID caseId, String district, String departmentId, String caseNumber, CaseStatus fromStatus,
            CaseStatus toStatus, Instant occurredAt, String actor, DecisionOutcome outcome, boolean onTime)
            implements LifecycleEvent {
        public String type() {
            return "org.ipcollab.case.closed.v1";
        }
    }

    /** 移送未追究刑事责任，回到决定. */
    record ReturnedFromReferral(UUID caseId, String district, String departmentId, String caseNumber,
            CaseStatus fromStatus, CaseStatus toStatus, Instant occurredAt, String actor, String referralOutcome,
            LocalDate conclusionDueDate) implements LifecycleEvent {
        public String type() {
            return "org.ipcollab.case.returned-from-referral.v1";
        }
    }

    /** 达到入罪标准，应当移送 — the case's facts met a criminal threshold (status unchanged). */
    record ReferralRequired(UUID caseId, String district, String departmentId, String caseNumber,
            CaseStatus fromStatus, CaseStatus toStatus, Instant occurredAt, String actor, int article,
            String ruleSetId, LocalDate actDate, String citationZh, String citationEn, boolean confirmed)
            implements LifecycleEvent {
        public String type() {
            return "org.ipcollab.case.referral-required.v1";
        }
    }

    /** 期限届满未办结 — a statutory clock ran out; published once per clock (status unchanged). */
    record ClockOverdue(UUID caseId, String district, String departmentId, String caseNumber, CaseStatus fromStatus,
            CaseStatus toStatus, Instant occurredAt, String actor, CaseClockKind clock, String ruleId,
            LocalDate dueDate, Instant dueAt) implements LifecycleEvent {
        public String type() {
            return "org.ipcollab.case.clock-overdue.v1";
        }
    }
}
