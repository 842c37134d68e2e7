package org.ipcollab.cases.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ipcollab.cases.infringement.domain.IpKind;
import org.ipcollab.cases.sharing.domain.AgreementStatus;
import org.ipcollab.cases.sharing.domain.ResponsePeriod;
import org.ipcollab.cases.sharing.domain.SharedEvent;
import org.ipcollab.cases.sharing.domain.SharedField;
import org.ipcollab.cases.sharing.domain.SharingAgreement;

import com.fasterxml.jackson.core.type.TypeReference;

/** Persistence of {@link SharingAgreement}; never a REST body or an event payload. */
@Entity
@Table(name = "sharing_agreement")
public class AgreementEntity {
    @Id
    public UUID id;
    @Column(name = "proposer_district")
    public String proposerDistrict;
    @Column(name = "partner_district")
    public String partnerDistrict;
    @Column(name = "ip_kinds", columnDefinition = "text")
    public String ipKinds;
    @Column(name = "shared_fields", columnDefinition = "text")
    public String sharedFields;
    @Column(name = "shared_events", columnDefinition = "text")
    public String sharedEvents;
    @Column(name = "response_amount")
    public int responseAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "response_unit")
    public ResponsePeriod.Unit responseUnit;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    public AgreementStatus status;
    @Column(name = "proposed_by")
    public String proposedBy;
    @Column(name = "proposed_at")
    public Instant proposedAt;
    @Column(name = "proposer_approved_by")
    public String proposerApprovedBy;
    @Column(name = "proposer_approved_at")
    public Instant proposerApprovedAt;
    @Column(name = "partner_approved_by")
    public String partnerApprovedBy;
    @Column(name = "partner_approved_at")
    public Instant partnerApprovedAt;
    @Column(name = "suspended_by_district")
    public String suspendedByDistrict;
    @Column(name = "suspended_by")
    public String suspendedBy;
    @Column(name = "suspended_at")
    public Instant suspendedAt;
    @Column(name = "suspension_reason")
    public String suspensionReason;
    @Version
    public long version;

    static AgreementEntity from(SharingAgreement a) {
        AgreementEntity e = new AgreementEntity();
        e.id = a.id();
        e.proposerDistrict = a.proposerDistrict();
        e.partnerDistrict = a.partnerDistrict();
        e.ipKinds = Json.write(sorted(a.ipKinds()));
        e.sharedFields = Json.write(sorted(a.fields()));
        e.sharedEvents = Json.write(sorted(a.events()));
        e.responseAmount = a.responsePeriod().amount();
        e.responseUnit = a.responsePeriod().unit();
        e.validFrom = a.validFrom();
        e.validUntil = a.validUntil();
        e.proposedBy = a.proposedBy();
        e.proposedAt = a.proposedAt();
        e.apply(a);
        return e;
    }

    void apply(SharingAgreement a) {
        status = a.status();
        proposerApprovedBy = a.proposerApproval() == null ? null : a.proposerApproval().by();
        proposerApprovedAt = a.proposerApproval() == null ? null : a.proposerApproval().at();
        partnerApprovedBy = a.partnerApproval() == null ? null : a.partnerApproval().by();
        partnerApprovedAt = a.partnerApproval() == null ? null : a.partnerApproval().at();
        SharingAgreement.Suspension s = a.suspension();
        suspendedByDistrict = s == null ? null : s.district();
        suspendedBy = s == null ? null : s.by();
        suspendedAt = s == null ? null : s.at();
        suspensionReason = s == null ? null : s.reason();
    }

    SharingAgreement toDomain() {
        return new SharingAgreement(id, proposerDistrict, partnerDistrict,
                codes(ipKinds, IpKind.class), codes(sharedFields, SharedField.class),
                codes(sharedEvents, SharedEvent.class), new ResponsePeriod(responseAmount, responseUnit), validFrom,
                validUntil, proposedBy, proposedAt, status,
                proposerApprovedBy == null ? null
                        : new SharingAgreement.Approval(proposerApprovedBy, proposerApprovedAt),
                partnerApprovedBy == null ? null : new SharingAgreement.Approval(partnerApprovedBy, partnerApprovedAt),
                suspendedBy == null ? null
                        : new SharingAgreement.Suspension(suspendedByDistrict, suspendedBy, suspendedAt,
                                suspensionReason));
    }

    static <E extends Enum<E>> List<String> sorted(Set<E> values) {
        return values.stream().sorted().map(Enum::name).toList();
    }

    private static <E extends Enum<E>> Set<E> codes(String json, Class<E> type) {
        List<String> names = Json.read(json, new TypeReference<List<String>>() {
        });
        return names.stream().map(n -> Enum.valueOf(type, n)).collect(Collectors.toSet());
    }
}
