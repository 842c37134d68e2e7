package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.ipcollab.cases.rules.domain.ClockOperationRefused;
import org.ipcollab.cases.rules.domain.ClockReading;
import org.ipcollab.cases.rules.domain.ClockStatus;
import org.ipcollab.cases.rules.domain.Extension;
import org.ipcollab.cases.rules.domain.ExtensionAuthority;
import org.ipcollab.cases.rules.domain.PauseReason;
import org.ipcollab.cases.rules.domain.StatutoryClock;
import org.ipcollab.cases.thresholds.domain.IllegalBusinessVolume;
import org.ipcollab.cases.thresholds.domain.InfringingAct;
import org.ipcollab.cases.thresholds.domain.Metric;
import org.ipcollab.cases.thresholds.domain.Money;
import org.ipcollab.cases.thresholds.domain.RecordedAct;
import org.ipcollab.cases.thresholds.domain.ThresholdCheck;
import org.ipcollab.cases.thresholds.domain.ThresholdFacts;

/**
 * 知识产权侵权案件 — an IP infringement case handled by an administrative enforcement department.
 * Plain Java: commands return the events they cause, and the use case writes them to the outbox in its transaction.
 */
public final class InfringementCase {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Pattern DISTRICT = Pattern.compile("[0-9]{6}");

    private final UUID id;
    private final String district;
    private final String departmentId;
    private final IpKind ipKind;
    private final String title;
    private final Infringer infringer;
    private final CaseProgress progress;
    private final EstablishedFacts facts;
    private final Instant filedAt;
    private final String filedBy;
    private final String caseNumber;
    private final CaseParticulars particulars;

    public InfringementCase(UUID id, String district, String departmentId, String caseNumber, IpKind ipKind,
            String title, Infringer infringer, CaseParticulars particulars, EstablishedFacts facts,
            CaseProgress progress, Instant filedAt, String filedBy) {
        this.id = Objects.requireNonNull(id);
        if (district == null || !DISTRICT.matcher(district).matches()) {
            throw new IllegalArgumentException("a district is a 6-digit GB/T 2260 code");
        }
        this.district = district;
        this.departmentId = Objects.requireNonNull(departmentId);
        this.ipKind = Objects.requireNonNull(ipKind);
        this.title = Objects.requireNonNull(title);
        this.infringer = Objects.requireNonNull(infringer);
        this.progress = Objects.requireNonNull(progress);
        this.facts = Objects.requireNonNull(facts);
        this.filedAt = Objects.requireNonNull(filedAt);
        this.filedBy = Objects.requireNonNull(filedBy);
        this.caseNumber = caseNumber; // null only for cases filed before numbering existed
        this.particulars = Objects.requireNonNull(particulars);
        if (particulars.act() != null && !particulars.act().infringes(ipKind)) {
            throw new IllegalArgumentException("the act " + particulars.act() + " does not infringe a " + ipKind);
        }
    }

    /** The new case together with the events its filing causes. */
    public record Filing(InfringementCase filed, List<CaseEvent> events) {
    }

    /**
     * A change of a case: the case after it, what the record ({@code 执法全过程记录}) calls it, and the events it causes.
     */
    public record Change(InfringementCase after, String action, String summaryZh, String summaryEn,
            List<CaseEvent> events) {
    }

    /**
     * 登记 — an officer of {@code departmentId} files a case in {@code district} under the number issued for it. The
     * decision-to-open clock starts, and the facts are weighed against the criminal thresholds in force on the date of
     * the act. The filing causes {@link CaseFiledV2}, and for an organisation infringer also the deprecated
     * {@link CaseFiled} (v1 requires {@code infringer.creditCode}), published beside v2 until it is retired
     * (docs/events/README.md, versioning) — and, when a threshold is met, {@link LifecycleEvent.ReferralRequired}.
     */
    public static Filing file(String district, String departmentId, String caseNumber, IpKind ipKind, String title,
            Infringer infringer, CaseParticulars particulars, EstablishedFacts facts, String officer, Instant now,
            RuleBook rules) {
        Objects.requireNonNull(caseNumber, "case number");
        particulars.requireFileable();
        if (facts.actDate() != null && facts.actDate().isAfter(LocalDate.ofInstant(now, BEIJING))) {
            throw new IllegalArgumentException("the act date " + facts.actDate() + " is in the future");
        }
        InfringementCase draft = new InfringementCase(UUID.randomUUID(), district, departmentId, caseNumber, ipKind,
                title.strip(), infringer, particulars, facts, CaseProgress.filed(rules.start(CaseClockKind.OPEN_DECISION,
                        now), ReferralAssessment.notAssessed(LocalDate.ofInstant(now, BEIJING), now)), now, officer);
        InfringementCase c = draft.withProgress(draft.progress.withAssessment(draft.assess(rules, now)));
        List<CaseEvent> events = new ArrayList<>();
        if (infringer.kind() == PartyKind.ORGANISATION) {
            events.add(new CaseFiled(c.id, c.district, c.departmentId, c.ipKind, c.title,
                    new CaseFiled.Party(infringer.kind(), infringer.name(), infringer.creditCode()), c.filedAt,
                    c.filedBy, caseNumber, particulars.clueSource(), particulars.act(), particulars.rightHolder()));
        }
        events.add(new CaseFiledV2(c.id, c.district, c.departmentId, c.ipKind, c.title,
                CaseFiledV2.Party.of(infringer), c.filedAt, c.filedBy, caseNumber, particulars.clueSource(),
                particulars.act(), particulars.rightHolder(), facts.actDate()));
        c.referralRequiredEvent(null, officer, now).ifPresent(events::add);
        return new Filing(c, List.copyOf(events));
    }

    // ---- lifecycle -------------------------------------------------------------------------------------------------

    /** 认定事实 — records newly established facts and weighs them against the thresholds again. */
    public Change establishFacts(EstablishedFacts established, String actor, Instant now, RuleBook rules) {
        if (!(status() == CaseStatus.FILED || status().isUnderInvestigation())) {
            throw new CaseRefused("facts can be established only before the decision; the case is " + status());
        }
        if (established.actDate() != null && established.actDate().isAfter(LocalDate.ofInstant(now, BEIJING))) {
            throw new CaseRefused("the act date " + established.actDate() + " is in the future");
        }
        ReferralAssessment before = progress.assessment();
        InfringementCase draft = new InfringementCase(id, district, departmentId, caseNumber, ipKind, title, infringer,
                particulars, established, progress, filedAt, filedBy);
        InfringementCase after = draft.withProgress(progress.withAssessment(draft.assess(rules, now)));
        List<CaseEvent> events = new ArrayList<>();
        after.referralRequiredEvent(before, actor, now).ifPresent(events::add);
        ReferralAssessment now2 = after.progress.assessment();
        return new Change(after, "FACTS_ESTABLISHED", "认定案件事实；入罪标准评估：" + now2.summaryZh(),
                "Facts established; threshold assessment: " + now2.summaryEn(), events);
    }

    /** 立案. */
    public Change open(String approvalReference, String actor, Instant now, RuleBook rules) {
        require(CaseTransition.OPEN);
        requireText(approvalReference, "the approval document number (立案审批文号)");
        StatutoryClock conclude = rules.start(CaseClockKind.CONCLUDE, now);
        CaseProgress next = progress.withClock(CaseClockKind.OPEN_DECISION, stop(CaseClockKind.OPEN_DECISION, now))
                .withClock(CaseClockKind.CONCLUDE, conclude).opened(now).withStatus(CaseStatus.INVESTIGATING);
        InfringementCase after = withProgress(next);
        LocalDate due = conclude.read(rules.calendar(), now).dueDate();
        return new Change(after, "CASE_OPENED", "立案（审批文号 " + approvalReference + "），办案期限至 " + due,
                "Case opened (approval " + approvalReference + "); to be concluded by " + due,
                List.of(new LifecycleEvent.Opened(id, district, departmentId, caseNumber, status(), after.status(), now,
                        actor, approvalReference.strip(), due)));
    }

    /** 不予立案. */
    public Change declineToOpen(String reason, String approvalReference, String actor, Instant now) {
        require(CaseTransition.DECLINE_TO_OPEN);
        requireText(reason, "the reasons for not opening");
        requireText(approvalReference, "the approval document number");
        CaseProgress next = progress.withClock(CaseClockKind.OPEN_DECISION, stop(CaseClockKind.OPEN_DECISION, now))
                .withStatus(CaseStatus.NOT_OPENED);
        InfringementCase after = withProgress(next);
        return new Change(after, "OPENING_DECLINED", "不予立案：" + reason.strip(), "Not opened: " + reason.strip(),
                List.of(new LifecycleEvent.OpeningDeclined(id, district, departmentId, caseNumber, status(),
                        after.status(), now, actor, approvalReference.strip(), reason.strip())));
    }

    /** The transitions this case's state allows now (its status, and for the copy, a copy still owed). */
    public List<CaseTransition> allowedTransitions() {
        List<CaseTransition> allowed = new ArrayList<>();
        for (CaseTransition t : CaseTransition.values()) {
            if (!t.allowedFrom(status())) {
                continue;
            }
            if (t == CaseTransition.COPY_PENALTY_DECISION) {
                StatutoryClock copy = progress.clock(CaseClockKind.PENALTY_DECISION_COPY);
                if (copy == null || copy.stoppedAt() != null) {
                    continue;
                }
            }
            allowed.add(t);
        }
        return allowed;
    }

    /** Why a case needs 法制审核 (APL art 58): major (重大), heard (经过听证), complex (案情复杂). */
    public List<String> legalReviewGrounds(boolean major, boolean complex) {
        List<String> grounds = new ArrayList<>();
        if (major) {
            grounds.add("MAJOR");
        }
        if (progress.heard()) {
            grounds.add("HEARD");
        }
        if (complex) {
            grounds.add("COMPLEX");
        }
        return grounds;
    }

    /** 调查终结 — to legal review where the case is major, heard or complex; else straight to the decision. */
    public Change finishInvestigation(String reportSummary, boolean complex, boolean major, String actor, Instant now,
            RuleBook rules) {
        require(CaseTransition.FINISH_INVESTIGATION);
        requireText(reportSummary, "a summary of the investigation report");
        List<String> grounds = legalReviewGrounds(major, complex);
        CaseProgress next = progress.withComplex(complex);
        if (grounds.isEmpty()) {
            next = next.withStatus(CaseStatus.AWAITING_DECISION);
        } else {
            next = next.withClock(CaseClockKind.LEGAL_REVIEW, rules.start(CaseClockKind.LEGAL_REVIEW, now))
                    .withStatus(CaseStatus.LEGAL_REVIEW);
        }
        InfringementCase after = withProgress(next);
        String review = grounds.isEmpty() ? "无需法制审核" : "转法制审核（" + String.join("、", grounds) + "）";
        return new Change(after, "INVESTIGATION_FINISHED", "调查终结：" + reportSummary.strip() + "；" + review,
                "Investigation finished: " + reportSummary.strip() + "; "
                        + (grounds.isEmpty() ? "no legal review needed" : "to legal review (" + grounds + ")"),
                List.of(new LifecycleEvent.InvestigationFinished(id, district, departmentId, caseNumber, status(),
                        after.status(), now, actor, !grounds.isEmpty(), grounds)));
    }

    /** 完成法制审核 — by a reviewer who is not one of the handling officers. */
    public Change completeLegalReview(LegalReviewOpinion opinion, String summary, String reviewer, Instant now) {
        require(CaseTransition.COMPLETE_LEGAL_REVIEW);
        Objects.requireNonNull(opinion, "opinion");
        requireText(summary, "a summary of the review opinion");
        if (particulars.officers().contains(reviewer)) {
            throw new CaseRefused("a handling officer of this case (" + reviewer + ") cannot review it (APL art 58)");
        }
        CaseStatus to = opinion == LegalReviewOpinion.APPROVED ? CaseStatus.AWAITING_DECISION
                : CaseStatus.INVESTIGATING;
        CaseProgress next = progress.withClock(CaseClockKind.LEGAL_REVIEW, stop(CaseClockKind.LEGAL_REVIEW, now))
                .withStatus(to);
        InfringementCase after = withProgress(next);
        return new Change(after, "LEGAL_REVIEW_COMPLETED", "法制审核：" + opinion.labelZh() + "。" + summary.strip(),
                "Legal review: " + opinion.labelEn() + ". " + summary.strip(),
                List.of(new LifecycleEvent.LegalReviewCompleted(id, district, departmentId, caseNumber, status(), to,
                        now, reviewer, opinion)));
    }

    /**
     * 作出决定. A case flagged "referral required" that is not referred (以罚代刑 risk) needs a recorded reason, and
     * then the penalty decision must reach police and procuratorate within 10 days: that clock starts here.
     */
    public Change decide(Decision decision, Instant now, RuleBook rules) {
        if (infringer.kind() == PartyKind.PERSON) {
            throw new IllegalStateException("deciding on a natural person's case says whether they were a minor");
        }
        return decide(decision, false, now, rules);
    }

    /**
     * 作出决定, for an infringer who was or was not a minor at the time of the act ({@code infringerMinor}, read from
     * the resident ID number by the use case). A publishable decision (SAMR Order 45 art 9) starts the 20-working-day
     * publication clock — except in a minor's case, which is never published (DOMAIN.md §3.6) and so gets no clock.
     */
    public Change decide(Decision decision, boolean infringerMinor, Instant now, RuleBook rules) {
        require(CaseTransition.DECIDE);
        boolean required = progress.assessment().referralRequired();
        boolean notReferred = decision.outcome() != DecisionOutcome.REFERRAL;
        if (required && notReferred && decision.noReferralReason() == null) {
            throw new CaseRefused("this case met a criminal threshold (" + progress.assessment().citationEn()
                    + "); deciding without a referral (以罚代刑) needs a recorded reason (noReferralReason)");
        }
        if (!(required && notReferred) && decision.noReferralReason() != null) {
            throw new CaseRefused("a reason for not referring is recorded only when a threshold was met and the case"
                    + " is not referred");
        }
        CaseStatus to = notReferred ? CaseStatus.DECIDED : CaseStatus.REFERRED;
        CaseProgress next = progress.withDecision(decision).withStatus(to);
        StatutoryClock conclude = progress.clock(CaseClockKind.CONCLUDE);
        if (!notReferred && conclude != null && conclude.stoppedAt() == null && !conclude.isPaused()) {
            // while police, procuratorate and court handle it, the administrative period stands still
            next = next.withClock(CaseClockKind.CONCLUDE, clockOp(() -> conclude.pause(PauseReason.SUSPENSION, now)));
        }
        LocalDate copyDue = null;
        if (required && notReferred) {
            StatutoryClock copy = rules.start(CaseClockKind.PENALTY_DECISION_COPY, now);
            next = next.withClock(CaseClockKind.PENALTY_DECISION_COPY, copy);
            copyDue = copy.read(rules.calendar(), now).dueDate();
        }
        String publicationZh = "";
        String publicationEn = "";
        if (decision.isPublishable() && infringerMinor) {
            publicationZh = "。当事人行为时未成年，不予公示";
            publicationEn = ". Not published: the party was a minor at the time of the act";
        } else if (decision.isPublishable()) {
            StatutoryClock publication = rules.start(CaseClockKind.PUBLICATION, now);
            next = next.withClock(CaseClockKind.PUBLICATION, publication);
            LocalDate publicationDue = publication.read(rules.calendar(), now).dueDate();
            publicationZh = "。须于 " + publicationDue + " 前公示";
            publicationEn = ". To be published by " + publicationDue;
        }
        InfringementCase after = withProgress(next);
        String zh = "作出决定（" + decision.documentNumber() + "）：" + decision.outcome().labelZh()
                + (decision.measures().isEmpty() ? ""
                        : "：" + String.join("、", decision.measures().stream().map(PenaltyMeasure::labelZh).toList()))
                + (decision.fine() == null ? "" : "，罚款 " + decision.fine())
                + (copyDue == null ? "" : "。达到入罪标准未移送，理由：" + decision.noReferralReason() + "；处罚决定须于 "
                        + copyDue + " 前抄送公安机关和检察院") + publicationZh;
        String en = "Decided (" + decision.documentNumber() + "): " + decision.outcome().labelEn()
                + (decision.measures().isEmpty() ? ""
                        : ": " + String.join(", ", decision.measures().stream().map(PenaltyMeasure::labelEn).toList()))
                + (decision.fine() == null ? "" : ", fine " + decision.fine())
                + (copyDue == null ? "" : ". Threshold met but not referred, because: " + decision.noReferralReason()
                        + "; the decision must reach police and procuratorate by " + copyDue) + publicationEn;
        return new Change(after, "DECIDED", zh, en, List.of(new LifecycleEvent.Decided(id, district, departmentId,
                caseNumber, status(), to, now, decision.decidedBy(), decision.outcome(),
                decision.measures().stream().sorted().toList(), yuan(decision.fine()), yuan(decision.confiscatedGains()),
                decision.documentNumber(), required, progress.assessment().citationZh(), decision.noReferralReason(),
                copyDue)));
    }

    /** 中止 — the conclusion clock stands still until {@link #resume}. */
    public Change suspend(String reason, String actor, Instant now) {
        require(CaseTransition.SUSPEND);
        requireText(reason, "the reason for suspension");
        StatutoryClock conclude = progress.clock(CaseClockKind.CONCLUDE);
        if (conclude.isPaused()) {
            throw new CaseRefused("the conclusion clock is paused for " + conclude.pauses()
                    .get(conclude.pauses().size() - 1).reason() + "; end that pause before suspending the case");
        }
        CaseProgress next = progress.withClock(CaseClockKind.CONCLUDE, clockOp(() -> conclude.pause(
                PauseReason.SUSPENSION, now))).suspended();
        InfringementCase after = withProgress(next);
        return new Change(after, "SUSPENDED", "案件中止：" + reason.strip(), "Case suspended: " + reason.strip(),
                List.of(new LifecycleEvent.Suspended(id, district, departmentId, caseNumber, status(), after.status(),
                        now, actor, reason.strip())));
    }

    /** 恢复办理 — back to the status the case was suspended from; the conclusion clock runs on. */
    public Change resume(String note, String actor, Instant now, RuleBook rules) {
        require(CaseTransition.RESUME);
        requireText(note, "what ended the reason for suspension");
        StatutoryClock conclude = clockOp(() -> progress.clock(CaseClockKind.CONCLUDE).resume(now));
        CaseProgress next = progress.withClock(CaseClockKind.CONCLUDE, conclude).withStatus(progress.suspendedFrom());
        InfringementCase after = withProgress(next);
        LocalDate due = conclude.read(rules.calendar(), now).dueDate();
        return new Change(after, "RESUMED", "恢复办理：" + note.strip() + "；办案期限顺延至 " + due,
                "Resumed: " + note.strip() + "; now to be concluded by " + due,
                List.of(new LifecycleEvent.Resumed(id, district, departmentId, caseNumber, status(), after.status(),
                        now, actor, due)));
    }

    /** 抄送处罚决定 — to the police and procuratorate, for a case that met a threshold and was not referred. */
    public Change copyPenaltyDecision(String policeDepartment, String procuratorateDepartment, String actor,
            Instant now, RuleBook rules) {
        require(CaseTransition.COPY_PENALTY_DECISION);
        StatutoryClock copy = progress.clock(CaseClockKind.PENALTY_DECISION_COPY);
        if (copy == null) {
            throw new CaseRefused("only a decision on a case that met a criminal threshold and was not referred is"
                    + " copied to police and procuratorate");
        }
        if (copy.stoppedAt() != null) {
            throw new CaseRefused("the penalty decision was already copied at " + copy.stoppedAt());
        }
        requireText(policeDepartment, "the receiving police department");
        requireText(procuratorateDepartment, "the receiving procuratorate");
        StatutoryClock stopped = clockOp(() -> copy.stop(now));
        boolean onTime = stopped.read(rules.calendar(), now).status() == ClockStatus.DONE_ON_TIME;
        InfringementCase after = withProgress(progress.withClock(CaseClockKind.PENALTY_DECISION_COPY, stopped));
        Decision d = progress.decision();
        return new Change(after, "PENALTY_DECISION_COPIED",
                "处罚决定 " + d.documentNumber() + " 已抄送 " + policeDepartment + "、" + procuratorateDepartment
                        + (onTime ? "" : "（超期）"),
                "Penalty decision " + d.documentNumber() + " copied to " + policeDepartment + " and "
                        + procuratorateDepartment + (onTime ? "" : " (late)"),
                List.of(new LifecycleEvent.PenaltyDecisionCopied(id, district, departmentId, caseNumber, status(),
                        status(), now, actor, policeDepartment.strip(), procuratorateDepartment.strip(),
                        d.documentNumber(), progress.assessment().citationZh(), d.noReferralReason(), onTime)));
    }

    /** Referral outcomes (referral-service statuses) after which the agency deals with the case itself (Order 310 art 10). */
    public static final Set<String> NON_CRIMINAL_REFERRAL_OUTCOMES = Set.of("NOT_APPROVED",
            "REFUSAL_UPHELD", "REFUSAL_CONFIRMED", "NOT_PROSECUTED");
    /** The referral outcome after which a referred case may close: the court's judgment. */
    public static final String JUDGED = "JUDGED";

    /**
     * 移送未追究刑事责任 — the referral ended without criminal liability: back to the decision, where the agency imposes
     * its administrative penalty (Order 310 art 10); the conclusion clock runs on.
     */
    public Change returnFromReferral(String referralStatus, String note, String actor, Instant now, RuleBook rules) {
        require(CaseTransition.RETURN_FROM_REFERRAL);
        requireText(note, "what the referral ended with");
        if (referralStatus == null || !NON_CRIMINAL_REFERRAL_OUTCOMES.contains(referralStatus)) {
            throw new CaseRefused("the referral has not ended without criminal liability (its status is "
                    + referralStatus + "; needed one of " + new TreeSet<>(NON_CRIMINAL_REFERRAL_OUTCOMES) + ")");
        }
        StatutoryClock conclude = progress.clock(CaseClockKind.CONCLUDE);
        if (conclude.isPaused() && conclude.pauses().get(conclude.pauses().size() - 1).reason()
                == PauseReason.SUSPENSION) {
            conclude = clockOp(() -> progress.clock(CaseClockKind.CONCLUDE).resume(now));
        }
        InfringementCase after = withProgress(progress.withClock(CaseClockKind.CONCLUDE, conclude)
                .withStatus(CaseStatus.AWAITING_DECISION));
        LocalDate due = conclude.read(rules.calendar(), now).dueDate();
        return new Change(after, "RETURNED_FROM_REFERRAL", "移送结果（" + referralStatus + "）：不追究刑事责任，"
                + note.strip() + "；依法作出行政处理，办案期限至 " + due,
                "Referral ended (" + referralStatus + ") without criminal liability: " + note.strip()
                        + "; the agency decides the case itself, due " + due,
                List.of(new LifecycleEvent.ReturnedFromReferral(id, district, departmentId, caseNumber, status(),
                        CaseStatus.AWAITING_DECISION, now, actor, referralStatus, due)));
    }

    /**
     * 结案 — stops the conclusion clock. A referred case closes only once the court's judgment is known
     * ({@code referralStatus} JUDGED, as referral-service reported it); one that ended without criminal liability goes
     * back to the decision instead ({@link #returnFromReferral}).
     */
    public Change close(String summary, String referralStatus, String actor, Instant now, RuleBook rules) {
        require(CaseTransition.CLOSE);
        if (status() == CaseStatus.REFERRED && !JUDGED.equals(referralStatus)) {
            throw new CaseRefused("a referred case closes once the court's judgment is known; the referral's status is "
                    + (referralStatus == null ? "unknown" : referralStatus)
                    + (referralStatus != null && NON_CRIMINAL_REFERRAL_OUTCOMES.contains(referralStatus)
                            ? " — it ended without criminal liability: RETURN_FROM_REFERRAL and decide the penalty"
                            : ""));
        }
        requireText(summary, "a summary of the closing report");
        StatutoryClock conclude = stop(CaseClockKind.CONCLUDE, now);
        boolean onTime = conclude.read(rules.calendar(), now).status() == ClockStatus.DONE_ON_TIME;
        InfringementCase after = withProgress(progress.withClock(CaseClockKind.CONCLUDE, conclude).closed(now)
                .withStatus(CaseStatus.CLOSED));
        return new Change(after, "CLOSED", "结案" + (onTime ? "" : "（超过办案期限）") + "：" + summary.strip(),
                "Closed" + (onTime ? "" : " (after the time limit)") + ": " + summary.strip(),
                List.of(new LifecycleEvent.Closed(id, district, departmentId, caseNumber, status(), CaseStatus.CLOSED,
                        now, actor, progress.decision().outcome(), onTime)));
    }

    // ---- publication (行政处罚信息公示, SAMR Order 45; the rest lives in org.ipcollab.cases.publication) ------------

    /**
     * 公示 — the decision was published as {@code publicationId}, to be shown until {@code displayUntil}; stops the
     * publication clock (on time or late). Only a publishable decision of a decided or closed case that still owes its
     * publication: a minor's case has no publication clock and is refused.
     */
    public Change publishDecision(UUID publicationId, Instant displayUntil, boolean smallFine, String actor,
            Instant now, RuleBook rules) {
        Decision d = requirePenaltyDecision();
        if (!d.isPublishable()) {
            throw new CaseRefused("only a penalty other than a warning alone is published (SAMR Order 45 art 9)");
        }
        StatutoryClock clock = progress.clock(CaseClockKind.PUBLICATION);
        if (clock == null) {
            throw new CaseRefused("no publication is owed for this decision: a minor's case is never published"
                    + " (未成年人案件不予公示)");
        }
        if (clock.stoppedAt() != null) {
            throw new CaseRefused("the decision was already published, or revoked before it was, at "
                    + clock.stoppedAt());
        }
        StatutoryClock stopped = clockOp(() -> clock.stop(now));
        ClockReading reading = stopped.read(rules.calendar(), now);
        boolean onTime = reading.status() == ClockStatus.DONE_ON_TIME;
        InfringementCase after = withProgress(progress.withClock(CaseClockKind.PUBLICATION, stopped));
        LocalDate until = LocalDate.ofInstant(displayUntil, BEIJING);
        return new Change(after, "DECISION_PUBLISHED",
                "处罚决定 " + d.documentNumber() + " 已公示" + (onTime ? "" : "（超过 20 个工作日）") + "，公示至 " + until,
                "Penalty decision " + d.documentNumber() + " published" + (onTime ? "" : " (after 20 working days)")
                        + "; shown until " + until,
                List.of(new DecisionPublished(id, district, departmentId, caseNumber, publicationId,
                        d.documentNumber(), now, actor, reading.dueDate(), onTime, displayUntil, smallFine)));
    }

    /**
     * 处罚决定被变更或撤销 — recorded once. A published decision must now be withdrawn within 3 working days (the
     * withdrawal clock starts); one not yet published is no longer owed (its publication clock stops).
     */
    public Change revokeDecision(RevocationKind kind, String reason, String reference, String actor, Instant now,
            RuleBook rules) {
        Decision d = requirePenaltyDecision();
        Objects.requireNonNull(kind, "kind");
        requireText(reason, "the reason the decision was changed or revoked");
        requireText(reference, "the document that changed or revoked it");
        if (progress.clock(CaseClockKind.PUBLICATION_WITHDRAWAL) != null) {
            throw new CaseRefused("a change or revocation of this decision was already recorded");
        }
        StatutoryClock publication = progress.clock(CaseClockKind.PUBLICATION);
        CaseProgress next = progress;
        LocalDate withdrawalDue = null;
        boolean published = publication != null && publication.stoppedAt() != null;
        if (published) {
            StatutoryClock withdrawal = rules.start(CaseClockKind.PUBLICATION_WITHDRAWAL, now);
            next = next.withClock(CaseClockKind.PUBLICATION_WITHDRAWAL, withdrawal);
            withdrawalDue = withdrawal.read(rules.calendar(), now).dueDate();
        } else if (publication != null) {
            next = next.withClock(CaseClockKind.PUBLICATION, clockOp(() -> publication.stop(now)));
        }
        InfringementCase after = withProgress(next);
        String follow = published ? "；已公示信息须于 " + withdrawalDue + " 前撤下" : "；尚未公示，不再公示";
        String followEn = published ? "; the published decision must be withdrawn by " + withdrawalDue
                : "; not yet published, so it will not be";
        return new Change(after, "DECISION_REVOKED",
                "处罚决定 " + d.documentNumber() + " 已" + kind.labelZh() + "（" + reference.strip() + "）："
                        + reason.strip() + follow,
                "Penalty decision " + d.documentNumber() + " " + kind.labelEn().toLowerCase() + " ("
                        + reference.strip() + "): " + reason.strip() + followEn,
                List.of(new DecisionRevoked(id, district, departmentId, caseNumber, d.documentNumber(), kind,
                        reason.strip(), reference.strip(), now, actor, published, withdrawalDue)));
    }

    /** 撤下公示信息 — the published decision {@code publicationId} was withdrawn; stops the withdrawal clock. */
    public Change withdrawPublication(UUID publicationId, String reason, String actor, Instant now, RuleBook rules) {
        Decision d = requirePenaltyDecision();
        requireText(reason, "the reason for the withdrawal");
        StatutoryClock clock = progress.clock(CaseClockKind.PUBLICATION_WITHDRAWAL);
        if (clock == null) {
            throw new CaseRefused("a publication is withdrawn once its decision was recorded as changed or revoked"
                    + " (POST /cases/{id}/decision/revocation)");
        }
        if (clock.stoppedAt() != null) {
            throw new CaseRefused("the publication was already withdrawn at " + clock.stoppedAt());
        }
        StatutoryClock stopped = clockOp(() -> clock.stop(now));
        ClockReading reading = stopped.read(rules.calendar(), now);
        boolean onTime = reading.status() == ClockStatus.DONE_ON_TIME;
        InfringementCase after = withProgress(progress.withClock(CaseClockKind.PUBLICATION_WITHDRAWAL, stopped));
        return new Change(after, "PUBLICATION_WITHDRAWN",
                "已撤下处罚决定 " + d.documentNumber() + " 的公示信息" + (onTime ? "" : "（超过 3 个工作日）") + "："
                        + reason.strip(),
                "Publication of penalty decision " + d.documentNumber() + " withdrawn"
                        + (onTime ? "" : " (after 3 working days)") + ": " + reason.strip(),
                List.of(new PublicationWithdrawn(id, district, departmentId, caseNumber, publicationId,
                        d.documentNumber(), reason.strip(), now, actor, reading.dueDate(), onTime)));
    }

    private Decision requirePenaltyDecision() {
        Decision d = progress.decision();
        if (!(status() == CaseStatus.DECIDED || status() == CaseStatus.CLOSED) || d == null
                || d.outcome() == DecisionOutcome.REFERRAL) {
            throw new CaseRefused("the case is " + status() + "; publication concerns a decided or closed case with"
                    + " an administrative decision");
        }
        return d;
    }

    /**
     * 暂停计时 — testing, appraisal, a hearing or a public notice: time that does not count towards the clock (the
     * rule lists which). Suspension of the whole case is {@link #suspend}.
     */
    public Change pauseClock(CaseClockKind kind, PauseReason reason, String note, String actor, Instant now) {
        requireClockOpen(kind);
        if (reason == PauseReason.SUSPENSION) {
            throw new CaseRefused("suspension is a transition of the case (POST /cases/{id}/suspension), not a clock"
                    + " pause");
        }
        requireText(note, "what the time is spent on");
        StatutoryClock paused = clockOp(() -> progress.clock(kind).pause(reason, now));
        InfringementCase after = withProgress(progress.withClock(kind, paused));
        return new Change(after, "CLOCK_PAUSED", kind.labelZh() + "暂停计时（" + reason + "）：" + note.strip(),
                kind.labelEn() + " paused (" + reason + "): " + note.strip(), List.of());
    }

    /** 恢复计时. */
    public Change resumeClock(CaseClockKind kind, String actor, Instant now, RuleBook rules) {
        requireClockOpen(kind);
        StatutoryClock clock = progress.clock(kind);
        if (clock.isPaused() && clock.pauses().get(clock.pauses().size() - 1).reason() == PauseReason.SUSPENSION) {
            throw new CaseRefused("the clock stands still because the case is suspended; resume the case instead");
        }
        StatutoryClock resumed = clockOp(() -> clock.resume(now));
        InfringementCase after = withProgress(progress.withClock(kind, resumed));
        LocalDate due = resumed.read(rules.calendar(), now).dueDate();
        return new Change(after, "CLOCK_RESUMED", kind.labelZh() + "恢复计时，期限至 " + due,
                kind.labelEn() + " resumed; due " + due, List.of());
    }

    /** 延长期限 — by approval, or (after the approved extension) by a recorded collective decision. */
    public Change extendClock(CaseClockKind kind, ExtensionAuthority authority, Integer amount, String reference,
            String actor, Instant now, RuleBook rules) {
        requireClockOpen(kind);
        StatutoryClock extended = clockOp(() -> progress.clock(kind).extend(authority, amount, reference, now,
                rules.calendar()));
        InfringementCase after = withProgress(progress.withClock(kind, extended));
        Extension e = extended.extensions().get(extended.extensions().size() - 1);
        LocalDate due = extended.read(rules.calendar(), now).dueDate();
        return new Change(after, "CLOCK_EXTENDED",
                kind.labelZh() + "延长 " + e.amount() + " " + e.unit() + "（" + authority + "，" + reference.strip()
                        + "），期限至 " + due,
                kind.labelEn() + " extended by " + e.amount() + " " + e.unit() + " (" + authority + ", "
                        + reference.strip() + "); due " + due,
                List.of());
    }

    /** The overdue fact of {@code kind}'s clock at {@code now}, if it is overdue (the caller publishes it once). */
    public Optional<Change> overdue(CaseClockKind kind, Instant now, RuleBook rules) {
        StatutoryClock clock = progress.clock(kind);
        if (clock == null) {
            return Optional.empty();
        }
        ClockReading reading = clock.read(rules.calendar(), now);
        if (reading.status() != ClockStatus.OVERDUE) {
            return Optional.empty();
        }
        return Optional.of(new Change(this, "CLOCK_OVERDUE",
                kind.labelZh() + "已届满（" + reading.dueDate() + "）仍未办结",
                kind.labelEn() + " ran out on " + reading.dueDate() + " with the act not done",
                List.of(new LifecycleEvent.ClockOverdue(id, district, departmentId, caseNumber, status(), status(), now,
                        "system", kind, clock.rule().id(), reading.dueDate(), reading.dueAt()))));
    }

    private void requireClockOpen(CaseClockKind kind) {
        StatutoryClock clock = progress.clock(kind);
        if (clock == null || clock.stoppedAt() != null) {
            throw new CaseRefused("the " + kind + " clock is not running");
        }
        if (status().isFinal()) {
            throw new CaseRefused("the case is " + status());
        }
    }

    private void require(CaseTransition transition) {
        if (!transition.allowedFrom(status())) {
            throw new CaseRefused(transition + " (" + transition.labelEn() + ") is not allowed when the case is "
                    + status() + "; allowed from " + transition.from());
        }
    }

    private StatutoryClock stop(CaseClockKind kind, Instant now) {
        StatutoryClock clock = progress.clock(kind);
        if (clock == null) {
            throw new CaseRefused("the " + kind + " clock was never started");
        }
        return clockOp(() -> clock.stop(now));
    }

    private static StatutoryClock clockOp(Supplier<StatutoryClock> op) {
        try {
            return op.get();
        } catch (ClockOperationRefused e) {
            throw new CaseRefused(e.getMessage());
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new CaseRefused("this step requires " + what);
        }
    }

    private static String yuan(Money money) {
        return money == null ? null : money.toYuan().toPlainString();
    }

    private InfringementCase withProgress(CaseProgress next) {
        return new InfringementCase(id, district, departmentId, caseNumber, ipKind, title, infringer, particulars,
                facts, next, filedAt, filedBy);
    }

    /** The date of the act the thresholds are chosen by: as established, else the filing day (Beijing time). */
    public LocalDate actDate() {
        return facts.actDate() != null ? facts.actDate() : LocalDate.ofInstant(filedAt, BEIJING);
    }

    /** The facts as the thresholds measure them: the goods' volume (art 12) plus what the officers established. */
    public ThresholdFacts thresholdFacts() {
        ThresholdFacts f = illegalBusinessVolume().map(IllegalBusinessVolume::toFacts).orElse(ThresholdFacts.none());
        if (facts.illegalGains() != null) {
            f = f.with(Metric.ILLEGAL_GAINS, facts.illegalGains());
        }
        if (facts.rightHolderLoss() != null) {
            f = f.with(Metric.RIGHT_HOLDER_LOSS, facts.rightHolderLoss());
        }
        if (facts.copies() != null) {
            f = f.withCount(Metric.COPIES, facts.copies());
        }
        if (facts.pieces() != null) {
            f = f.withCount(Metric.PIECES, facts.pieces());
        }
        if (facts.registeredMarks() != null) {
            f = f.withRegisteredMarks(facts.registeredMarks());
        }
        if (facts.markLabelKinds() != null) {
            f = f.withMarkLabelKinds(facts.markLabelKinds());
        }
        if (facts.patents() != null) {
            f = f.withPatents(facts.patents());
        }
        if (facts.previousPenaltyOn() != null) {
            f = f.withPreviousPenaltyOn(facts.previousPenaltyOn());
        }
        return f;
    }

    private ReferralAssessment assess(RuleBook rules, Instant now) {
        InfringingAct act = particulars.act();
        if (act == null || act.criminalArticle().isEmpty()) {
            return ReferralAssessment.notAssessed(actDate(), now);
        }
        return ReferralAssessment.of(ThresholdCheck.evaluate(rules.thresholds(), actDate(), act, thresholdFacts()),
                now);
    }

    /** {@link LifecycleEvent.ReferralRequired} when the assessment turned to "met" (from {@code before}). */
    private Optional<CaseEvent> referralRequiredEvent(ReferralAssessment before, String actor, Instant now) {
        ReferralAssessment a = progress.assessment();
        boolean newlyMet = a.referralRequired() && (before == null || !before.referralRequired()
                || !Objects.equals(before.citationEn(), a.citationEn()));
        if (!newlyMet) {
            return Optional.empty();
        }
        return Optional.of(new LifecycleEvent.ReferralRequired(id, district, departmentId, caseNumber, status(),
                status(), now, actor, a.article(), a.ruleSetId(), a.actDate(), a.citationZh(), a.citationEn(),
                a.confirmed()));
    }

    /**
     * 非法经营数额 of the goods recorded, computed as 法释〔2004〕19号 art 12 says, with the goods taken as one act on
     * the filing day (Beijing time); empty without goods.
     */
    public Optional<IllegalBusinessVolume> illegalBusinessVolume() {
        if (particulars.goods().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IllegalBusinessVolume.compute(List.of(
                RecordedAct.of("本案涉案物品 / goods of this case", actDate(), particulars.goods(), null))));
    }

    public String caseNumber() {
        return caseNumber;
    }

    public CaseParticulars particulars() {
        return particulars;
    }

    public UUID id() {
        return id;
    }

    public String district() {
        return district;
    }

    public String departmentId() {
        return departmentId;
    }

    public IpKind ipKind() {
        return ipKind;
    }

    public String title() {
        return title;
    }

    public Infringer infringer() {
        return infringer;
    }

    public CaseStatus status() {
        return progress.status();
    }

    public CaseProgress progress() {
        return progress;
    }

    public EstablishedFacts facts() {
        return facts;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public String filedBy() {
        return filedBy;
    }
}
