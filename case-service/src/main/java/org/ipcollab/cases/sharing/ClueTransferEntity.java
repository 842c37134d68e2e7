package org.ipcollab.cases.sharing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ipcollab.cases.infringement.domain.IpKind;
import org.ipcollab.cases.infringement.domain.PartyKind;
import org.ipcollab.cases.thresholds.domain.InfringingAct;

/** 线索移送 as stored; a person's ID number only encrypted (bound to the transfer id) and masked. */
@Entity
@Table(name = "clue_transfer")
public class ClueTransferEntity {
    /** SENT → REGISTERED (a FILED case in the receiving district) or REJECTED. */
    public enum Status {
        SENT("已移送，待接收方处理", "Sent, awaiting the receiving district"),
        REGISTERED("已登记为线索（案件）", "Registered as a clue (case)"),
        REJECTED("已退回", "Rejected");

        final String labelZh;
        final String labelEn;

        Status(String zh, String en) {
            labelZh = zh;
            labelEn = en;
        }
    }

    @Id
    public UUID id;
    @Column(name = "agreement_id")
    public UUID agreementId;
    @Column(name = "from_district")
    public String fromDistrict;
    @Column(name = "from_department")
    public String fromDepartment;
    @Column(name = "to_district")
    public String toDistrict;
    public String channel;
    @Column(name = "partner_id")
    public String partnerId;
    @Column(name = "partner_reference")
    public String partnerReference;
    @Enumerated(EnumType.STRING)
    @Column(name = "ip_kind")
    public IpKind ipKind;
    public String title;
    public String summary;
    @Enumerated(EnumType.STRING)
    @Column(name = "infringing_act")
    public InfringingAct act;
    @Enumerated(EnumType.STRING)
    @Column(name = "infringer_kind")
    public PartyKind infringerKind;
    @Column(name = "infringer_name")
    public String infringerName;
    @Column(name = "infringer_credit_code")
    public String infringerCreditCode;
    @Column(name = "infringer_id_number_enc", columnDefinition = "text")
    public String infringerIdNumberEncrypted;
    @Column(name = "infringer_id_number_masked")
    public String infringerIdNumberMasked;
    @Column(name = "sent_by")
    public String sentBy;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "due_provisional")
    public boolean dueProvisional;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "rejection_reasons")
    public String rejectionReasons;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "overdue_notified_at")
    public Instant overdueNotifiedAt;
    @Version
    public long version;
}
