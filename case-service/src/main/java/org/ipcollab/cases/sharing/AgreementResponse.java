package org.ipcollab.cases.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ipcollab.cases.sharing.domain.SharingAgreement;

/** A sharing agreement as its parties see it, codes with zh/en labels. */
public record AgreementResponse(UUID id, String proposerDistrict, String partnerDistrict, String status,
        String statusZh, String statusEn, boolean inForce, List<Labelled> ipKinds, List<Labelled> sharedFields,
        List<Labelled> sharedEvents, int responseAmount, String responseUnit, String responsePeriodZh,
        String responsePeriodEn, LocalDate validFrom, LocalDate validUntil, String proposedBy, Instant proposedAt,
        Approval proposerApproval, Approval partnerApproval, Suspension suspension) {

    public record Labelled(String code, String labelZh, String labelEn) {
    }

    public record Approval(String approvedBy, Instant approvedAt) {
    }

    public record Suspension(String district, String suspendedBy, Instant suspendedAt, String reason) {
    }

    static AgreementResponse of(SharingAgreement a, LocalDate today) {
        return new AgreementResponse(a.id(), a.proposerDistrict(), a.partnerDistrict(), a.status().name(),
                a.status().labelZh(), a.status().labelEn(), a.inForceOn(today),
                a.ipKinds().stream().sorted().map(k -> new Labelled(k.name(), k.labelZh(), k.labelEn())).toList(),
                a.fields().stream().sorted().map(k -> new Labelled(k.name(), k.labelZh(), k.labelEn())).toList(),
                a.events().stream().sorted().map(k -> new Labelled(k.name(), k.labelZh(), k.labelEn())).toList(),
                a.responsePeriod().amount(), a.responsePeriod().unit().name(), a.responsePeriod().labelZh(),
                a.responsePeriod().labelEn(), a.validFrom(), a.validUntil(), a.proposedBy(), a.proposedAt(),
                a.proposerApproval() == null ? null
                        : new Approval(a.proposerApproval().by(), a.proposerApproval().at()),
                a.partnerApproval() == null ? null : new Approval(a.partnerApproval().by(), a.partnerApproval().at()),
                a.suspension() == null ? null
                        : new Suspension(a.suspension().district(), a.suspension().by(), a.suspension().at(),
                                a.suspension().reason()));
    }
}
