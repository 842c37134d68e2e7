package org.ipcollab.referral.referral.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ipcollab.referral.rules.domain.ClockReading;
import org.ipcollab.referral.rules.domain.ClockStatus;
import org.ipcollab.referral.rules.domain.StatutoryClock;

/**
 * 涉嫌犯罪案件移送 — a referral of a suspected crime from an administrative agency to the police, supervised by the
 * procuratorate, on to the court (《行政执法机关移送涉嫌犯罪案件的规定》, State Council Order 310, rev. 2020). Each step
 * checks the party and department that may do it ({@link StepRefused#forbidden}) and the status it needs
 * ({@link StepRefused#conflict}), stops and starts the statutory clocks, and returns the facts it caused. The district is
 * checked by the caller (a referral of another district is not visible at all).
 */
public final class Referral {
    /** Articles 213–219 of the Criminal Law: the IP crimes. */
    public static final int FIRST_ARTICLE = 213;
    public static final int LAST_ARTICLE = 219;

    private final UUID id;
    private final UUID caseId;
    private final String district;
    private final String agencyDepartment;
    private final String procuratorateDepartment;
    private final String reason;
    private final int suspectedArticle;
    private final List<String> officers;
    private final boolean appraisalRequired;
    private final String submittedBy;
    private final Instant submittedAt;
    private String policeDepartment;
    private String courtDepartment;
    private ReferralStatus status;
    private final Map<ReferralClockKind, StatutoryClock> clocks;

    /** A referral as stored. */
    public Referral(UUID id, UUID caseId, String district, String agencyDepartment, String procuratorateDepartment,
            String policeDepartment, String courtDepartment, ReferralStatus status, String reason,
            int suspectedArticle, List<String> officers, boolean appraisalRequired, String submittedBy,
            Instant submittedAt, Map<ReferralClockKind, StatutoryClock> clocks) {
        this.id = Objects.requireNonNull(id);
        this.caseId = Objects.requireNonNull(caseId);
        this.district = Objects.requireNonNull(district);
        this.agencyDepartment = Objects.requireNonNull(agencyDepartment);
        this.procuratorateDepartment = Objects.requireNonNull(procuratorateDepartment);
        this.policeDepartment = policeDepartment;
        this.courtDepartment = courtDepartment;
        this.status = Objects.requireNonNull(status);
        this.reason = reason;
        this.suspectedArticle = suspectedArticle;
        this.officers = List.copyOf(officers);
        this.appraisalRequired = appraisalRequired;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.clocks = clocks.isEmpty() ? new EnumMap<>(ReferralClockKind.class) : new EnumMap<>(clocks);
    }

    /** A new referral and what it caused. */
    public record Submitted(Referral referral, List<Fact> facts) {
    }

    /**
     * 移送审批 — two or more officers write the referral report; it goes to the agency head, who decides within 3
     * days (art 5). The caller is a regulator of the case's department.
     *
     * @param appraisalRequired whether the suspicion rests on a test or appraisal (检验报告/鉴定结论), so that report must
     *                          travel with the referral; {@code null} means: required for arts 213–215 (counterfeit
     *                          marks, where the goods' authenticity is established by identification), not otherwise
     */
    public static Submitted submit(UUID id, UUID caseId, String caseDistrict, String caseDepartment, Actor actor,
            String procuratorateDepartment, String reason, int suspectedArticle, List<String> officers,
            Boolean appraisalRequired, Instant now, RuleBook book) {
        requireRole(Party.AGENCY, actor);
        if (!actor.department().equals(caseDepartment)) {
            throw StepRefused.forbidden("only the case's own department " + caseDepartment + " may refer it");
        }
        if (suspectedArticle < FIRST_ARTICLE || suspectedArticle > LAST_ARTICLE) {
            throw new IllegalArgumentException("the suspected crime is one of Criminal Law arts 213–219");
        }
        if (officers.stream().distinct().count() < 2) {
            throw new IllegalArgumentException("two or more distinct officers write the referral report (art 5)");
        }
        boolean appraisal = appraisalRequired != null ? appraisalRequired : suspectedArticle <= 215;
        Map<ReferralClockKind, StatutoryClock> clocks = new EnumMap<>(ReferralClockKind.class);
        clocks.put(ReferralClockKind.HEAD_DECISION, book.start(ReferralClockKind.HEAD_DECISION, now));
        Referral r = new Referral(id, caseId, caseDistrict, caseDepartment, procuratorateDepartment, null, null,
                ReferralStatus.AWAITING_APPROVAL, reason, suspectedArticle, officers, appraisal, actor.subject(), now,
                clocks);
        return new Submitted(r, List.of(new Fact("submitted", "移送报告报负责人审批", "referral report submitted to the agency head",
                details("suspectedArticle", suspectedArticle, "officers", r.officers, "appraisalRequired", appraisal,
                        "reason", reason))));
    }

    /** The art 6 documents still missing, given the kinds uploaded so far. */
    public Set<DocumentKind> missingDocuments(Set<DocumentKind> present) {
        Set<DocumentKind> missing = EnumSet.noneOf(DocumentKind.class);
        for (DocumentKind kind : requiredDocuments()) {
            if (!present.contains(kind)) {
                missing.add(kind);
            }
        }
        return missing;
    }

    public Set<DocumentKind> requiredDocuments() {
        Set<DocumentKind> required = EnumSet.of(DocumentKind.REFERRAL_LETTER, DocumentKind.INVESTIGATION_REPORT,
                DocumentKind.GOODS_LIST);
        if (appraisalRequired) {
            required.add(DocumentKind.APPRAISAL_REPORT);
        }
        return required;
    }

    /** Documents may be added until the referral is sent. */
    public void requireDocumentsOpen(Actor actor) {
        require(Party.AGENCY, actor, agencyDepartment, ReferralStatus.AWAITING_APPROVAL, ReferralStatus.APPROVED);
    }

    /** Whether {@code actor} may read the referral's documents: the agency, the receiving police, the procuratorate. */
    public boolean mayReadDocuments(Actor actor) {
        return actor.district().equals(district)
                && (is(Party.AGENCY, actor, agencyDepartment) || is(Party.POLICE, actor, policeDepartment)
                        || is(Party.PROCURATORATE, actor, procuratorateDepartment));
    }

    /** Whether {@code actor} may see the referral at all: any department of its district. */
    public boolean visibleTo(Actor actor) {
        return actor.district().equals(district);
    }

    /** 批准移送 — the agency head approves: a regulator of the agency who is not one of the reporting officers. */
    public List<Fact> approve(Actor actor, Instant now, RuleBook book) {
        require(Party.AGENCY, actor, agencyDepartment, ReferralStatus.AWAITING_APPROVAL);
        requireHead(actor);
        stop(ReferralClockKind.HEAD_DECISION, now);
        clocks.put(ReferralClockKind.TRANSFER_TO_POLICE, book.start(ReferralClockKind.TRANSFER_TO_POLICE, now));
        status = ReferralStatus.APPROVED;
        return List.of(new Fact("approved", "负责人批准移送", "the agency head approved the referral",
                details("approvedBy", actor.subject())));
    }

    /** 不批准移送 — the agency head decides not to refer; the agency goes on with its administrative case (art 10). */
    public List<Fact> decline(Actor actor, String reasons, Instant now) {
        require(Party.AGENCY, actor, agencyDepartment, ReferralStatus.AWAITING_APPROVAL);
        requireHead(actor);
        stop(ReferralClockKind.HEAD_DECISION, now);
        status = ReferralStatus.NOT_APPROVED;
        return List.of(new Fact("not-approved", "负责人不批准移送", "the agency head did not approve the referral",
                details("decidedBy", actor.subject(), "reasons", reasons)));
    }

    /**
     * 移送公安机关 — sends the approved referral with its art 6 documents to the same-level police; a copy goes to the
     * same-level procuratorate (高检会〔2006〕2号 item 1).
     */
    public List<Fact> send(Actor actor, String police, Set<DocumentKind> present, Instant now) {
        require(Party.AGENCY, actor, agencyDepartment, ReferralStatus.APPROVED);
        Set<DocumentKind> missing = missingDocuments(present);
        if (!missing.isEmpty()) {
            throw StepRefused.conflict("the referral cannot be sent while documents of art 6 are missing: " + missing);
        }
        stop(ReferralClockKind.TRANSFER_TO_POLICE, now);
        policeDepartment = police;
        status = ReferralStatus.SENT;
        return List.of(
                new Fact("sent", "移送公安机关", "referral sent to the police", details("policeDepartmentId", police,
                        "documents", present.stream().map(Enum::name).sorted().toList())),
                new Fact("copied-to-procuratorate", "移送书抄送人民检察院", "copy of the referral sent to the procuratorate",
                        details("procuratorateDepartmentId", procuratorateDepartment)));
    }

    /** 签收 — the police sign the receipt; the 3-day decision clock starts (art 8). */
    public List<Fact> receive(Actor actor, Instant now, RuleBook book) {
        require(Party.POLICE, actor, policeDepartment, ReferralStatus.SENT, ReferralStatus.FORWARDED);
        clocks.put(ReferralClockKind.POLICE_DECISION, book.start(ReferralClockKind.POLICE_DECISION, now));
        clocks.remove(ReferralClockKind.POLICE_FORWARD);
        status = ReferralStatus.RECEIVED;
        return List.of(new Fact("received", "公安机关签收", "the police signed the receipt",
                details("receivedBy", actor.subject())));
    }

    /**
     * 移送主管机关 — a referral that is not theirs: the police forward it to the competent police within 24 hours of
     * the receipt and tell the agency (art 7). The forward clock is recorded when it is done, from the receipt.
     */
    public List<Fact> forward(Actor actor, String competentPolice, String why, Instant now, RuleBook book) {
        require(Party.POLICE, actor, policeDepartment, ReferralStatus.RECEIVED);
        if (competentPolice.equals(policeDepartment)) {
            throw StepRefused.conflict("a referral is forwarded to another police department");
        }
        Instant receivedAt = clocks.get(ReferralClockKind.POLICE_DECISION).startedAt();
        clocks.remove(ReferralClockKind.POLICE_DECISION);
        clocks.put(ReferralClockKind.POLICE_FORWARD,
                book.start(ReferralClockKind.POLICE_FORWARD, receivedAt).stop(now));
        String from = policeDepartment;
        policeDepartment = competentPolice;
        status = ReferralStatus.FORWARDED;
        return List.of(new Fact("forwarded", "转送主管公安机关并书面告知移送机关",
                "forwarded to the competent police; the agency is told",
                details("fromPoliceDepartmentId", from, "toPoliceDepartmentId", competentPolice, "reasons", why,
                        "agencyDepartmentId", agencyDepartment)));
    }

    /**
     * 立案 — the police open a criminal case: on the referral (art 8), or after the procuratorate's notice (SPP 2001
     * item 10). The agency must hand over goods and materials within 3 days (art 12).
     */
    public List<Fact> openCriminalCase(Actor actor, String criminalCaseNumber, Instant now, RuleBook book) {
        require(Party.POLICE, actor, policeDepartment, ReferralStatus.RECEIVED, ReferralStatus.OPENING_ORDERED);
        stop(status == ReferralStatus.RECEIVED ? ReferralClockKind.POLICE_DECISION
                : ReferralClockKind.POLICE_OPEN_ON_NOTICE, now);
        return opened(criminalCaseNumber, now, book);
    }

    private List<Fact> opened(String criminalCaseNumber, Instant now, RuleBook book) {
        clocks.put(ReferralClockKind.HANDOVER, book.start(ReferralClockKind.HANDOVER, now));
        status = ReferralStatus.CRIMINAL_CASE_OPENED;
        return List.of(new Fact("criminal-case-opened", "公安机关立案", "the police opened a criminal case",
                details("criminalCaseNumber", criminalCaseNumber)));
    }

    /** 不予立案 — the police refuse, with reasons (art 8); the agency may ask for reconsideration within 3 days. */
    public List<Fact> refuse(Actor actor, String reasons, Instant now, RuleBook book) {
        require(Party.POLICE, actor, policeDepartment, ReferralStatus.RECEIVED);
        stop(ReferralClockKind.POLICE_DECISION, now);
        clocks.put(ReferralClockKind.RECONSIDERATION_REQUEST,
                book.start(ReferralClockKind.RECONSIDERATION_REQUEST, now));
        status = ReferralStatus.REFUSED;
        return List.of(new Fact("refused", "公安机关不予立案", "the police refused to open a criminal case",
                details("reasons", reasons)));
    }

    /** 提请复议 — within 3 days of the refusal (art 9); the police answer within 3 days. */
    public List<Fact> requestReconsideration(Actor actor, String grounds, Instant now, RuleBook book) {
        require(Party.AGENCY, actor, agencyDepartment, ReferralStatus.REFUSED);
        requireWindowOpen(ReferralClockKind.RECONSIDERATION_REQUEST, now, book);
        stop(ReferralClockKind.RECONSIDERATION_REQUEST, now);
        clocks.put(ReferralClockKind.RECONSIDERATION_ANSWER,
                book.start(ReferralClockKind.RECONSIDERATION_ANSWER, now));
        status = ReferralStatus.RECONSIDERATION_REQUESTED;
        return List.of(new Fact("reconsideration-requested", "移送机关提请复议", "the agency asked the police to reconsider",
                details("grounds", grounds)));
    }

    /**
     * 复议决定 — the police uphold the refusal (the agency may then ask the procuratorate to supervise within 3 days) or
     * reverse it and open the case.
     */
    public List<Fact> answerReconsideration(Actor actor, boolean upheld, String reasons, String criminalCaseNumber,
            Instant now, RuleBook book) {
        require(Party.POLICE, actor, policeDepartment, ReferralStatus.RECONSIDERATION_REQUESTED);
        if (!upheld && (criminalCaseNumber == null || criminalCaseNumber.isBlank())) {
            throw new IllegalArgumentException("reversing the refusal opens a case: criminalCaseNumber is required");
        }
        stop(ReferralClockKind.RECONSIDERATION_ANSWER, now);
        List<Fact> facts = new ArrayList<>();
        if (upheld) {
            clocks.put(ReferralClockKind.SUPERVISION_REQUEST, book.start(ReferralClockKind.SUPERVISION_REQUEST, now));
            status = ReferralStatus.REFUSAL_UPHELD;
        }
        facts.add(new Fact("reconsideration-answered", upheld ? "复议维持不予立案" : "复议决定立案",
                upheld ? "the police upheld the refusal" : "the police reversed the refusal",
                details("upheld", upheld, "reasons", reasons)));
        if (!upheld) {
            facts.addAll(opened(criminalCaseNumber, now, book));
        }
        return facts;
    }

    /** 建议人民检察院依法进行立案监督 — within 3 days of the reconsideration decision (art 9). */
    public List<Fact> requestSupervision(Actor actor, String grounds, Instant now, RuleBook book) {
        require(Party.AGENCY, actor, agencyDepartment, ReferralStatus.REFUSAL_UPHELD);
        requireWindowOpen(ReferralClockKind.SUPERVISION_REQUEST, now, book);
        stop(ReferralClockKind.SUPERVISION_REQUEST, now);
        status = ReferralStatus.SUPERVISION_REQUESTED;
        return List.of(new Fact("supervision-requested", "建议检察院立案监督", "the agency asked the procuratorate to supervise",
                details("grounds", grounds, "procuratorateDepartmentId", procuratorateDepartment)));
    }

    /** 要求说明不立案理由 — the police explain within 7 days (SPP 2001 item 10). */
    public List<Fact> requestExplanation(Actor actor, Instant now, RuleBook book) {
        require(Party.PROCURATORATE, actor, procuratorateDepartment, ReferralStatus.SUPERVISION_REQUESTED);
        clocks.put(ReferralClockKind.POLICE_EXPLANATION, book.start(ReferralClockKind.POLICE_EXPLANATION, now));
        status = ReferralStatus.EXPLANATION_REQUESTED;
        return List.of(new Fact("explanation-requested", "检察院要求公安机关说明不立案理由",
                "the procuratorate asked the police to explain the refusal", details()));
    }

    /** 说明不立案理由. */
    public List<Fact> explain(Actor actor, String reasons, Instant now) {
        require(Party.POLICE, actor, policeDepartment, ReferralStatus.EXPLANATION_REQUESTED);
        stop(ReferralClockKind.POLICE_EXPLANATION, now);
        status = ReferralStatus.EXPLAINED;
        return List.of(new Fact("explained", "公安机关说明不立案理由", "the police explained the refusal",
                details("reasons", reasons)));
    }

    /** 通知立案 — the reasons do not hold: the police open the case within 15 days (SPP 2001 item 10). */
    public List<Fact> orderOpening(Actor actor, String reasons, Instant now, RuleBook book) {
        require(Party.PROCURATORATE, actor, procuratorateDepartment, ReferralStatus.EXPLAINED);
        clocks.put(ReferralClockKind.POLICE_OPEN_ON_NOTICE, book.start(ReferralClockKind.POLICE_OPEN_ON_NOTICE, now));
        status = ReferralStatus.OPENING_ORDERED;
        return List.of(new Fact("opening-ordered", "检察院通知公安机关立案", "the procuratorate ordered the police to open the case",
                details("reasons", reasons)));
    }

    /** 不立案理由成立 — the refusal stands; the agency goes on with its administrative penalty (art 10). */
    public List<Fact> confirmRefusal(Actor actor, String reasons, Instant now) {
        require(Party.PROCURATORATE, actor, procuratorateDepartment, ReferralStatus.EXPLAINED);
        status = ReferralStatus.REFUSAL_CONFIRMED;
        return List.of(new Fact("refusal-confirmed", "检察院认为不立案理由成立", "the procuratorate accepted the refusal",
                details("reasons", reasons)));
    }

    /** 移交涉案物品和材料 — within 3 days of being told the case was opened (art 12). */
    public List<Fact> handOver(Actor actor, String inventory, Instant now) {
        require(Party.AGENCY, actor, agencyDepartment, ReferralStatus.CRIMINAL_CASE_OPENED);
        stop(ReferralClockKind.HANDOVER, now);
        status = ReferralStatus.HANDED_OVER;
        return List.of(new Fact("handed-over", "移交涉案物品和材料", "goods and materials handed over to the police",
                details("inventory", inventory)));
    }

    /** 移送审查起诉 — to the same-level procuratorate. */
    public List<Fact> sendForProsecution(Actor actor, String summary, Instant now) {
        require(Party.POLICE, actor, policeDepartment, ReferralStatus.HANDED_OVER);
        status = ReferralStatus.SENT_FOR_PROSECUTION;
        return List.of(new Fact("sent-for-prosecution", "公安机关移送审查起诉", "the police sent the case for prosecution",
                details("summary", summary, "procuratorateDepartmentId", procuratorateDepartment)));
    }

    /** 提起公诉 — to the court of the district. */
    public List<Fact> prosecute(Actor actor, String court, String indictmentNumber, Instant now) {
        require(Party.PROCURATORATE, actor, procuratorateDepartment, ReferralStatus.SENT_FOR_PROSECUTION);
        courtDepartment = court;
        status = ReferralStatus.PROSECUTED;
        return List.of(new Fact("prosecuted", "检察院提起公诉", "the procuratorate prosecuted before the court",
                details("courtDepartmentId", court, "indictmentNumber", indictmentNumber)));
    }

    /**
     * 不起诉并反向移送 — no crime to prosecute but administrative liability: the procuratorate sends the case back to the
     * agency with a prosecutorial opinion (art 13); the caller opens the reverse referral.
     */
    public List<Fact> declineProsecution(Actor actor, String opinion, UUID reverseReferralId, Instant now) {
        require(Party.PROCURATORATE, actor, procuratorateDepartment, ReferralStatus.SENT_FOR_PROSECUTION);
        status = ReferralStatus.NOT_PROSECUTED;
        return List.of(new Fact("prosecution-declined", "检察院决定不起诉并提出检察意见",
                "the procuratorate decided not to prosecute and sent the case back with its opinion",
                details("opinion", opinion, "reverseReferralId", reverseReferralId.toString())));
    }

    /** 法院立案. */
    public List<Fact> registerAtCourt(Actor actor, String courtCaseNumber, Instant now) {
        require(Party.COURT, actor, courtDepartment, ReferralStatus.PROSECUTED);
        status = ReferralStatus.COURT_REGISTERED;
        return List.of(new Fact("court-registered", "法院立案", "the court registered the case",
                details("courtCaseNumber", courtCaseNumber)));
    }

    /** 判决 — the judgment closes the chain. */
    public List<Fact> recordJudgment(Actor actor, String outcome, String judgmentNumber, String summary, Instant now) {
        require(Party.COURT, actor, courtDepartment, ReferralStatus.COURT_REGISTERED);
        status = ReferralStatus.JUDGED;
        return List.of(new Fact("judged", "法院作出判决", "the court recorded its judgment",
                details("outcome", outcome, "judgmentNumber", judgmentNumber, "summary", summary)));
    }

    /**
     * 超期 — the clock of {@code kind} ran out without the act: the fact to report, escalated to the procuratorate, or
     * empty when there is nothing to report (done, not a duty, or — read again — not overdue after all).
     */
    public Optional<Fact> overdue(ReferralClockKind kind, Instant now, RuleBook book) {
        StatutoryClock clock = clocks.get(kind);
        if (clock == null || !kind.isDuty()) {
            return Optional.empty();
        }
        ClockReading reading = clock.read(book.calendar(), now);
        if (reading.status() != ClockStatus.OVERDUE) {
            return Optional.empty();
        }
        return Optional.of(overdueFact(kind, reading, clock, departmentOf(kind.responsible()), procuratorateDepartment));
    }

    static Fact overdueFact(ReferralClockKind kind, ClockReading reading, StatutoryClock clock, String responsible,
            String procuratorate) {
        return new Fact("clock-overdue", "法定期限超期：" + clock.rule().labelZh(),
                "statutory time limit overdue: " + clock.rule().labelEn(),
                details("clock", kind.name(), "ruleId", clock.rule().id(), "source", clock.rule().citation(),
                        "startedAt", clock.startedAt().toString(),
                        "dueDate", reading.dueDate() == null ? null : reading.dueDate().toString(),
                        "dueAt", reading.dueAt().toString(), "responsibleParty", kind.responsible().name(),
                        "responsibleDepartmentId", responsible, "escalatedToDepartmentId", procuratorate));
    }

    private String departmentOf(Party party) {
        return switch (party) {
            case AGENCY -> agencyDepartment;
            case POLICE -> policeDepartment;
            case PROCURATORATE -> procuratorateDepartment;
            case COURT -> courtDepartment;
        };
    }

    private void requireHead(Actor actor) {
        if (officers.contains(actor.subject())) {
            throw StepRefused.forbidden("the agency head decides on the referral; " + actor.subject()
                    + " wrote the report");
        }
    }

    private void requireWindowOpen(ReferralClockKind kind, Instant now, RuleBook book) {
        ClockReading reading = clocks.get(kind).read(book.calendar(), now);
        if (reading.status() == ClockStatus.OVERDUE) {
            throw StepRefused.conflict("the time to ask ran out on " + reading.dueDate() + " ("
                    + clocks.get(kind).rule().citation() + ")");
        }
    }

    private void stop(ReferralClockKind kind, Instant now) {
        StatutoryClock clock = clocks.get(kind);
        if (clock != null && clock.stoppedAt() == null) {
            clocks.put(kind, clock.stop(now));
        }
    }

    private static void requireRole(Party party, Actor actor) {
        if (!actor.role().equals(party.role())) {
            throw StepRefused.forbidden("this step is for the " + party.name().toLowerCase() + " (role "
                    + party.role() + "), not " + actor.role());
        }
    }

    private static boolean is(Party party, Actor actor, String department) {
        return actor.role().equals(party.role()) && actor.department().equals(department);
    }

    private void require(Party party, Actor actor, String department, ReferralStatus... allowed) {
        requireRole(party, actor);
        if (!actor.department().equals(department)) {
            throw StepRefused.forbidden("this step is for department " + department + ", not " + actor.department());
        }
        if (!Arrays.asList(allowed).contains(status)) {
            throw StepRefused.conflict("not allowed while the referral is " + status + " (needs "
                    + Arrays.toString(allowed) + ")");
        }
    }

    static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String district() {
        return district;
    }

    public String agencyDepartment() {
        return agencyDepartment;
    }

    public String procuratorateDepartment() {
        return procuratorateDepartment;
    }

    public String policeDepartment() {
        return policeDepartment;
    }

    public String courtDepartment() {
        return courtDepartment;
    }

    public ReferralStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public int suspectedArticle() {
        return suspectedArticle;
    }

    public List<String> officers() {
        return officers;
    }

    public boolean appraisalRequired() {
        return appraisalRequired;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Map<ReferralClockKind, StatutoryClock> clocks() {
        return Map.copyOf(clocks);
    }
}
