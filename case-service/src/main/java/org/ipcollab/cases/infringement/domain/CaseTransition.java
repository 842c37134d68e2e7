package org.ipcollab.cases.infringement.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * 案件流转 — every move a case can make, with who may make it, what it requires and why (the legal ground). Anything
 * not listed for a status is refused. The catalogue is served as is by {@code GET /case-transitions}.
 */
public enum CaseTransition {
    OPEN("立案", "Open the case",
            EnumSet.of(CaseStatus.FILED),
            "本案所属执法部门的执法人员（经负责人批准）", "an enforcement officer of the case's department, with the head's approval",
            "立案审批文号；两名以上承办执法人员（登记时已录入）",
            "the approval document number; two or more handling officers (recorded at filing)",
            "《市场监督管理行政处罚程序规定》第十八条：自发现线索或收到材料之日起15个工作日内决定是否立案，经负责人批准可延长15个工作日；检测、检验、鉴定等时间不计入",
            "SAMR procedure rules art 18: decide within 15 working days of the clue, +15 with approval; testing and appraisal time does not count"),
    DECLINE_TO_OPEN("不予立案", "Decline to open",
            EnumSet.of(CaseStatus.FILED),
            "本案所属执法部门的执法人员（经负责人批准）", "an enforcement officer of the case's department, with the head's approval",
            "不予立案的理由；审批文号", "the reasons; the approval document number",
            "《市场监督管理行政处罚程序规定》第十八、十九条：不予立案的，经负责人批准并记录理由",
            "SAMR procedure rules arts 18–19: a decision not to open is approved by the head, with reasons"),
    FINISH_INVESTIGATION("调查终结", "Finish the investigation",
            EnumSet.of(CaseStatus.INVESTIGATING),
            "本案所属执法部门的执法人员", "an enforcement officer of the case's department",
            "案件调查终结报告摘要；是否案情复杂。重大、经听证或复杂的案件转法制审核",
            "a summary of the investigation report; whether the case is complex. Major, heard or complex cases go to legal review",
            "《行政处罚法》第五十八条：重大、经过听证、案情复杂的案件，作出决定前应当进行法制审核",
            "Administrative Penalty Law art 58: major, heard or complex cases need legal review before the decision"),
    COMPLETE_LEGAL_REVIEW("完成法制审核", "Complete the legal review",
            EnumSet.of(CaseStatus.LEGAL_REVIEW),
            "本部门的法制审核人员（执法人员角色，但不得是本案承办人）",
            "a legal reviewer of the department (enforcement role, but not one of the case's handling officers)",
            "审核意见：同意，或退回补充调查；审核意见书摘要",
            "the opinion: approved, or returned for further investigation; a summary of the written opinion",
            "《行政处罚法》第五十八条；法制审核人员不得为本案调查人员",
            "Administrative Penalty Law art 58; the reviewer must not be one of the investigators"),
    DECIDE("作出决定", "Decide",
            EnumSet.of(CaseStatus.AWAITING_DECISION),
            "本案所属执法部门的执法人员（记录负责人的决定）", "an enforcement officer of the case's department, recording the head's decision",
            "决定种类；处罚的，处罚种类及罚款、没收数额；文书文号；理由。达到入罪标准而不移送的，须记录不移送理由，并在10日内将处罚决定抄送公安机关和检察院",
            "the outcome; for a penalty, its measures and amounts; the document number; reasons. When the case met a criminal threshold and is not referred, the reason for not referring, and the penalty decision must reach police and procuratorate within 10 days",
            "《行政处罚法》第五十七条；《行政执法机关移送涉嫌犯罪案件的规定》第三、十条；高检会〔2006〕2号：不得以罚代刑",
            "Administrative Penalty Law art 57; State Council Order 310 arts 3 and 10; 高检会〔2006〕2号: no fine in place of a referral"),
    SUSPEND("中止案件", "Suspend the case",
            EnumSet.of(CaseStatus.INVESTIGATING, CaseStatus.LEGAL_REVIEW, CaseStatus.AWAITING_DECISION),
            "本案所属执法部门的执法人员（经负责人批准）", "an enforcement officer of the case's department, with the head's approval",
            "中止的理由", "the reason",
            "《市场监督管理行政处罚程序规定》：案件中止期间不计入办案期限", "SAMR procedure rules: time while a case is suspended does not count"),
    RESUME("恢复案件办理", "Resume the case",
            EnumSet.of(CaseStatus.SUSPENDED),
            "本案所属执法部门的执法人员", "an enforcement officer of the case's department",
            "中止原因消除的说明", "what ended the reason for suspension",
            "中止原因消除后恢复办理，办案期限继续计算", "the case resumes when the reason ends; the clock runs on"),
    COPY_PENALTY_DECISION("抄送处罚决定", "Copy the penalty decision",
            EnumSet.of(CaseStatus.DECIDED, CaseStatus.CLOSED),
            "本案所属执法部门的执法人员", "an enforcement officer of the case's department",
            "接收的公安机关和检察院；仅适用于达到入罪标准而未移送的案件",
            "the receiving police and procuratorate; only for a case that met a threshold and was not referred",
            "高检会〔2006〕2号：行政执法机关对涉嫌犯罪案件作出行政处罚的，应当在10日内将处罚决定抄送公安机关和检察院",
            "高检会〔2006〕2号: a penalty on a case suspected of a crime reaches police and procuratorate within 10 days"),
    RETURN_FROM_REFERRAL("移送未追究刑事责任，依法作出行政处罚", "Back from an unsuccessful referral",
            EnumSet.of(CaseStatus.REFERRED),
            "本案所属执法部门的执法人员", "an enforcement officer of the case's department",
            "移送的结果为不追究刑事责任（负责人不批准、公安不予立案且维持或检察院认为理由成立、检察院不起诉），由 referral-service 通报",
            "the referral ended without criminal liability (not approved, refusal upheld or confirmed, not prosecuted), as referral-service reported it",
            "《行政执法机关移送涉嫌犯罪案件的规定》第十条：公安机关不予立案的，行政执法机关应当依法作出处理；第十三条反向移送",
            "State Council Order 310 art 10: where no criminal case is opened the agency must still deal with the case; art 13 reverse referral"),
    CLOSE("结案", "Close the case",
            EnumSet.of(CaseStatus.DECIDED, CaseStatus.REFERRED),
            "本案所属执法部门的执法人员", "an enforcement officer of the case's department",
            "结案报告摘要（执行情况或移送情况）；已移送的案件须待法院判决（由 referral-service 通报）",
            "a summary of the closing report (how the decision was carried out, or the referral); a referred case only once the court's judgment is known (reported by referral-service)",
            "《行政处罚法》第六十条：自立案之日起90日内作出决定，经批准可延长30日，仍不能作出的由负责人集体讨论决定；《市场监督管理行政处罚程序规定》结案条件",
            "Administrative Penalty Law art 60: within 90 days of opening, +30 with approval, further by collective decision; SAMR rules on closure");

    private final String labelZh;
    private final String labelEn;
    private final Set<CaseStatus> from;
    private final String whoZh;
    private final String whoEn;
    private final String requiresZh;
    private final String requiresEn;
    private final String whyZh;
    private final String whyEn;

    CaseTransition(String labelZh, String labelEn, Set<CaseStatus> from, String whoZh, String whoEn,
            String requiresZh, String requiresEn, String whyZh, String whyEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.from = Set.copyOf(from);
        this.whoZh = whoZh;
        this.whoEn = whoEn;
        this.requiresZh = requiresZh;
        this.requiresEn = requiresEn;
        this.whyZh = whyZh;
        this.whyEn = whyEn;
    }

    public boolean allowedFrom(CaseStatus status) {
        return from.contains(status);
    }

    public Set<CaseStatus> from() {
        return from;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public String whoZh() {
        return whoZh;
    }

    public String whoEn() {
        return whoEn;
    }

    public String requiresZh() {
        return requiresZh;
    }

    public String requiresEn() {
        return requiresEn;
    }

    public String whyZh() {
        return whyZh;
    }

    public String whyEn() {
        return whyEn;
    }
}
