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

import org.ipcollab.cases.sharing.domain.AssistanceKind;

/** 协查请求 as stored; attachments are metadata (name, media type, size, SHA-256) as a JSON array. */
@Entity
@Table(name = "assistance_request")
public class AssistanceRequestEntity {
    public enum Status {
        REQUESTED("已请求，待协查方答复", "Requested, awaiting the answer"),
        ANSWERED("已答复", "Answered");

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
    public AssistanceKind kind;
    public String subject;
    public String details;
    @Column(name = "related_case_id")
    public UUID relatedCaseId;
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
    public String result;
    @Column(columnDefinition = "text")
    public String attachments;
    @Column(name = "overdue_notified_at")
    public Instant overdueNotifiedAt;
    @Version
    public long version;
}
