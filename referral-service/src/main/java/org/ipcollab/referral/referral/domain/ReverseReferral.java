package org.ipcollab.referral.referral.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.ipcollab.referral.rules.domain.ClockReading;
import org.ipcollab.referral.rules.domain.ClockStatus;
import org.ipcollab.referral.rules.domain.StatutoryClock;

/**
 * 反向移送 — police or procuratorate send a case back to an administrative agency: no crime, but administrative
 * liability (art 13). A procuratorate reviews the case within 10 working days (SPP 2024 guideline art 12) and sends a
 * prosecutorial opinion (检察意见), which the agency answers within 2 months (SPP 2021). A police reverse referral
 * carries no statutory answer period in DOMAIN.md §3.1, so it has no clock.
 */
public final class ReverseReferral {
    private final UUID id;
    private final UUID caseId;
    private final UUID referralId;
    private final String district;
    private final Party from;
    private final String fromDepartment;
    private final String agencyDepartment;
    private final String procuratorateDepartment;
    private final String reason;
    private String opinion;
    private String answer;
    private ReverseStatus status;
    private final Map<ReferralClockKind, StatutoryClock> clocks;

    public ReverseReferral(UUID id, UUID caseId, UUID referralId, String district, Party from, String fromDepartment,
            String agencyDepartment, String procuratorateDepartment, String reason, String opinion, String answer,
            ReverseStatus status, Map<ReferralClockKind, StatutoryClock> clocks) {
        this.id = Objects.requireNonNull(id);
        this.caseId = Objects.requireNonNull(caseId);
        this.referralId = referralId;
        this.district = Objects.requireNonNull(district);
        this.from = Objects.requireNonNull(from);
        this.fromDepartment = Objects.requireNonNull(fromDepartment);
        this.agencyDepartment = Objects.requireNonNull(agencyDepartment);
        this.procuratorateDepartment = procuratorateDepartment;
        this.reason = reason;
        this.opinion = opinion;
        this.answer = answer;
        this.status = Objects.requireNonNull(status);
        this.clocks = clocks.isEmpty() ? new EnumMap<>(ReferralClockKind.class) : new EnumMap<>(clocks);
    }

    public record Sent(ReverseReferral reverse, List<Fact> facts) {
    }

    /**
     * Opens a reverse referral. From the police: straight to the agency. From the procuratorate: with an opinion, the
     * 2-month answer clock starts; without one, the 10-working-day review clock starts and the opinion follows.
     */
    public static Sent send(UUID id, UUID caseId, UUID referralId, String caseDistrict, Actor actor,
            String agencyDepartment, String procuratorateDepartment, String reason, String opinion, Instant now,
            RuleBook book) {
        Party from;
        if (actor.role().equals(Party.POLICE.role())) {
            from = Party.POLICE;
        } else if (actor.role().equals(Party.PROCURATORATE.role())) {
            from = Party.PROCURATORATE;
            procuratorateDepartment = actor.department();
        } else {
            throw StepRefused.forbidden("only police or the procuratorate send a case back, not " + actor.role());
        }
        if (!actor.district().equals(caseDistrict)) {
            throw StepRefused.forbidden("the case belongs to district " + caseDistrict);
        }
        if (from == Party.POLICE && opinion != null) {
            throw new IllegalArgumentException("a prosecutorial opinion comes from the procuratorate only");
        }
        Map<ReferralClockKind, StatutoryClock> clocks = new EnumMap<>(ReferralClockKind.class);
        ReverseStatus status;
        if (from == Party.POLICE) {
            status = ReverseStatus.SENT_TO_AGENCY;
        } else if (opinion == null) {
            status = ReverseStatus.UNDER_REVIEW;
            clocks.put(ReferralClockKind.REVERSE_REVIEW, book.start(ReferralClockKind.REVERSE_REVIEW, now));
        } else {
            status = ReverseStatus.OPINION_SENT;
            clocks.put(ReferralClockKind.REVERSE_ANSWER, book.start(ReferralClockKind.REVERSE_ANSWER, now));
        }
        ReverseReferral r = new ReverseReferral(id, caseId, referralId, caseDistrict, from, actor.department(),
                agencyDepartment, procuratorateDepartment, reason, opinion, null, status, clocks);
        return new Sent(r, List.of(new Fact("reverse-referral-sent", "反向移送行政机关",
                "case sent back to the agency for administrative liability",
                Referral.details("from", from.name(), "fromDepartmentId", actor.department(), "reason", reason,
                        "opinion", opinion))));
    }

    /** 提出检察意见 — ends the review and starts the agency's 2 months. */
    public List<Fact> issueOpinion(Actor actor, String text, Instant now, RuleBook book) {
        require(Party.PROCURATORATE, actor, fromDepartment, ReverseStatus.UNDER_REVIEW);
        clocks.put(ReferralClockKind.REVERSE_REVIEW, clocks.get(ReferralClockKind.REVERSE_REVIEW).stop(now));
        clocks.put(ReferralClockKind.REVERSE_ANSWER, book.start(ReferralClockKind.REVERSE_ANSWER, now));
        opinion = text;
        status = ReverseStatus.OPINION_SENT;
        return List.of(new Fact("reverse-opinion-issued", "检察院提出检察意见", "the procuratorate issued its opinion",
                Referral.details("opinion", text)));
    }

    /** 回复 — the agency answers: what it did about the administrative liability. */
    public List<Fact> answer(Actor actor, String text, boolean penaltyImposed, Instant now) {
        require(Party.AGENCY, actor, agencyDepartment, ReverseStatus.OPINION_SENT, ReverseStatus.SENT_TO_AGENCY);
        StatutoryClock clock = clocks.get(ReferralClockKind.REVERSE_ANSWER);
        if (clock != null) {
            clocks.put(ReferralClockKind.REVERSE_ANSWER, clock.stop(now));
        }
        answer = text;
        status = ReverseStatus.ANSWERED;
        return List.of(new Fact("reverse-referral-answered", "行政机关回复处理情况", "the agency answered",
                Referral.details("answer", text, "penaltyImposed", penaltyImposed)));
    }

    public Optional<Fact> overdue(ReferralClockKind kind, Instant now, RuleBook book) {
        StatutoryClock clock = clocks.get(kind);
        if (clock == null || !kind.isDuty()) {
            return Optional.empty();
        }
        ClockReading reading = clock.read(book.calendar(), now);
        if (reading.status() != ClockStatus.OVERDUE) {
            return Optional.empty();
        }
        String responsible = kind.responsible() == Party.AGENCY ? agencyDepartment : procuratorateDepartment;
        return Optional.of(Referral.overdueFact(kind, reading, clock, responsible, procuratorateDepartment));
    }

    public boolean visibleTo(Actor actor) {
        return actor.district().equals(district);
    }

    private void require(Party party, Actor actor, String department, ReverseStatus... allowed) {
        if (!actor.role().equals(party.role())) {
            throw StepRefused.forbidden("this step is for role " + party.role() + ", not " + actor.role());
        }
        if (!actor.department().equals(department)) {
            throw StepRefused.forbidden("this step is for department " + department + ", not " + actor.department());
        }
        if (!List.of(allowed).contains(status)) {
            throw StepRefused.conflict("not allowed while the reverse referral is " + status);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID referralId() {
        return referralId;
    }

    public String district() {
        return district;
    }

    public Party from() {
        return from;
    }

    public String fromDepartment() {
        return fromDepartment;
    }

    public String agencyDepartment() {
        return agencyDepartment;
    }

    public String procuratorateDepartment() {
        return procuratorateDepartment;
    }

    public String reason() {
        return reason;
    }

    public String opinion() {
        return opinion;
    }

    public String answer() {
        return answer;
    }

    public ReverseStatus status() {
        return status;
    }

    public Map<ReferralClockKind, StatutoryClock> clocks() {
        return Map.copyOf(clocks);
    }
}
