package org.ipcollab.cases.infringement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ipcollab.cases.infringement.domain.CaseClockKind;
import org.ipcollab.cases.infringement.domain.CaseProgress;
import org.ipcollab.cases.infringement.domain.CaseStatus;
import org.ipcollab.cases.infringement.domain.CaseTransition;
import org.ipcollab.cases.infringement.domain.Decision;
import org.ipcollab.cases.infringement.domain.DecisionOutcome;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.PenaltyMeasure;
import org.ipcollab.cases.infringement.domain.ReferralAssessment;
import org.ipcollab.cases.rules.domain.ClockReading;
import org.ipcollab.cases.rules.domain.ClockStatus;
import org.ipcollab.cases.rules.domain.PeriodUnit;
import org.ipcollab.cases.rules.domain.StatutoryClock;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;

/**
 * Where a case stands, as the API shows it: the lifecycle dates, the threshold assessment ("referral required" with the
 * rule cited), the decision, every clock read now, and the transitions its status allows.
 */
public record ProgressView(CaseStatus suspendedFrom, Instant openedAt, Instant closedAt, boolean complex,
        LocalDate actDate, boolean referralRequired, AssessmentView assessment, DecisionView decision,
        List<ClockView> clocks, List<TransitionRef> allowedTransitions) {

    public record AssessmentView(ReferralAssessment.Verdict verdict, String verdictZh, String verdictEn,
            Integer article, LocalDate actDate, String ruleSetId, String citationZh, String citationEn,
            String summaryZh, String summaryEn, boolean confirmed, Instant assessedAt) {
    }

    public record DecisionView(DecisionOutcome outcome, String outcomeZh, String outcomeEn, List<Label> measures,
            String fine, String confiscatedGains, String documentNumber, String reasons, String noReferralReason,
            Instant decidedAt, String decidedBy) {
    }

    public record Label(String code, String labelZh, String labelEn) {
    }

    /**
     * A clock read now. {@code pausedTotal} is an ISO-8601 duration; {@code pausedDays} counts the dates touched by a
     * pause (day-based rules).
     */
    public record ClockView(CaseClockKind kind, String labelZh, String labelEn, String ruleId, String ruleLabelZh,
            String ruleLabelEn, int amount, PeriodUnit unit, String source, Instant startedAt, LocalDate dueDate,
            Instant dueAt, ClockStatus status, String statusZh, String statusEn, boolean paused, String pausedTotal,
            int pausedDays, List<ExtensionView> extensions, Instant stoppedAt, boolean provisional,
            String provisionalNoteZh, String provisionalNoteEn) {
    }

    public record ExtensionView(String authority, int amount, PeriodUnit unit, String reference, Instant grantedAt) {
    }

    public record TransitionRef(CaseTransition code, String labelZh, String labelEn) {
    }

    static final Map<ClockStatus, String[]> STATUS_LABELS = Map.of(
            ClockStatus.RUNNING, new String[] {"计时中", "Running"},
            ClockStatus.PAUSED, new String[] {"暂停计时", "Paused"},
            ClockStatus.DONE_ON_TIME, new String[] {"按期完成", "Done on time"},
            ClockStatus.DONE_LATE, new String[] {"超期完成", "Done late"},
            ClockStatus.OVERDUE, new String[] {"已超期", "Overdue"});

    static ProgressView of(InfringementCase c, WorkingDayCalendar calendar, Instant now) {
        CaseProgress p = c.progress();
        ReferralAssessment a = p.assessment();
        Decision d = p.decision();
        List<ClockView> clocks = p.clocks().entrySet().stream()
                .map(e -> clock(e.getKey(), e.getValue(), calendar, now)).toList();
        List<TransitionRef> allowed = c.allowedTransitions().stream().map(t -> new TransitionRef(t, t.labelZh(), t.labelEn())).toList();
        return new ProgressView(p.suspendedFrom(), p.openedAt(), p.closedAt(), p.complex(), c.actDate(),
                a.referralRequired(),
                new AssessmentView(a.verdict(), a.verdict().labelZh(), a.verdict().labelEn(), a.article(), a.actDate(),
                        a.ruleSetId(), a.citationZh(), a.citationEn(), a.summaryZh(), a.summaryEn(), a.confirmed(),
                        a.assessedAt()),
                d == null ? null : new DecisionView(d.outcome(), d.outcome().labelZh(), d.outcome().labelEn(),
                        d.measures().stream().sorted().map(m -> new Label(m.name(), m.labelZh(), m.labelEn()))
                                .toList(),
                        CaseResponse.yuan(d.fine()), CaseResponse.yuan(d.confiscatedGains()), d.documentNumber(),
                        d.reasons(), d.noReferralReason(), d.decidedAt(), d.decidedBy()),
                clocks, allowed);
    }

    static ClockView clock(CaseClockKind kind, StatutoryClock clock, WorkingDayCalendar calendar, Instant now) {
        Instant at = now.isBefore(clock.startedAt()) ? clock.startedAt() : now;
        WorkingDayCalendar lenient = calendar.provisional();
        ClockReading r = clock.read(lenient, at);
        LocalDate start = WorkingDayCalendar.legalDate(clock.startedAt());
        LocalDate end = r.dueDate() != null ? r.dueDate() : WorkingDayCalendar.legalDate(r.dueAt());
        boolean provisional = calendar.isProvisionalBetween(start, end.plusDays(1));
        String[] label = STATUS_LABELS.get(r.status());
        var rule = clock.rule();
        return new ClockView(kind, kind.labelZh(), kind.labelEn(), rule.id(), rule.labelZh(), rule.labelEn(),
                rule.amount(), rule.unit(), rule.citation(), clock.startedAt(), r.dueDate(), r.dueAt(), r.status(),
                label[0], label[1], clock.isPaused() && clock.stoppedAt() == null,
                r.pausedTotal().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), r.pausedDays(),
                clock.extensions().stream().map(x -> new ExtensionView(x.authority().name(), x.amount(), x.unit(),
                        x.reference(), x.grantedAt())).toList(),
                clock.stoppedAt(), provisional,
                provisional ? "暂定：期限跨入尚未载入国务院放假安排的年份，按周一至周五计算；载入后自动更正" : null,
                provisional ? "Provisional: the period reaches a year whose official holiday calendar is not loaded;"
                        + " counted Monday–Friday until an administrator loads it" : null);
    }
}
