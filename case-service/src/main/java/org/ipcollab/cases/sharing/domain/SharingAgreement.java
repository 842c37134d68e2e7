package org.ipcollab.cases.sharing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.ipcollab.cases.infringement.domain.IpKind;

/**
 * 跨区域共享协议 — an agreement between two districts on what they share (IP kinds, case fields, kinds of traffic),
 * the deadline for answering each other's clue transfers and assistance requests, and its validity period
 * (DOMAIN.md §3.5). Proposed by one district; in force only once the liaisons (跨区联络员) of both districts approved
 * it, within its validity period, and while neither district has suspended it.
 */
public final class SharingAgreement {
    private final UUID id;
    private final String proposerDistrict;
    private final String partnerDistrict;
    private final Set<IpKind> ipKinds;
    private final Set<SharedField> fields;
    private final Set<SharedEvent> events;
    private final ResponsePeriod responsePeriod;
    private final LocalDate validFrom;
    private final LocalDate validUntil;
    private final String proposedBy;
    private final Instant proposedAt;
    private AgreementStatus status;
    private Approval proposerApproval;
    private Approval partnerApproval;
    private Suspension suspension;

    /** @param by subject of the liaison who approved */
    public record Approval(String by, Instant at) {
    }

    public record Suspension(String district, String by, Instant at, String reason) {
    }

    public SharingAgreement(UUID id, String proposerDistrict, String partnerDistrict, Set<IpKind> ipKinds,
            Set<SharedField> fields, Set<SharedEvent> events, ResponsePeriod responsePeriod, LocalDate validFrom,
            LocalDate validUntil, String proposedBy, Instant proposedAt, AgreementStatus status,
            Approval proposerApproval, Approval partnerApproval, Suspension suspension) {
        this.id = Objects.requireNonNull(id);
        if (!isDistrict(proposerDistrict) || !isDistrict(partnerDistrict)) {
            throw new IllegalArgumentException("both parties are 6-digit GB/T 2260 district codes");
        }
        if (proposerDistrict.equals(partnerDistrict)) {
            throw new IllegalArgumentException("an agreement is between two different districts");
        }
        if (ipKinds == null || ipKinds.isEmpty() || events == null || events.isEmpty()) {
            throw new IllegalArgumentException("an agreement shares at least one IP kind and one kind of traffic");
        }
        if (events.contains(SharedEvent.CASE_QUERY) && (fields == null || fields.isEmpty())) {
            throw new IllegalArgumentException("an agreement that allows shared queries names the fields it shares");
        }
        if (validFrom == null || validUntil == null || validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("the validity period ends on or after the day it starts");
        }
        this.proposerDistrict = proposerDistrict;
        this.partnerDistrict = partnerDistrict;
        this.ipKinds = Set.copyOf(EnumSet.copyOf(ipKinds));
        this.fields = fields == null || fields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fields));
        this.events = Set.copyOf(EnumSet.copyOf(events));
        this.responsePeriod = Objects.requireNonNull(responsePeriod, "responsePeriod");
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = status;
        this.proposerApproval = proposerApproval;
        this.partnerApproval = partnerApproval;
        this.suspension = suspension;
    }

    /** A new agreement proposed by {@code by} of {@code proposerDistrict}; nobody has approved it yet. */
    public static SharingAgreement propose(UUID id, String proposerDistrict, String partnerDistrict,
            Set<IpKind> ipKinds, Set<SharedField> fields, Set<SharedEvent> events, ResponsePeriod period,
            LocalDate validFrom, LocalDate validUntil, String by, Instant at) {
        return new SharingAgreement(id, proposerDistrict, partnerDistrict, ipKinds, fields, events, period, validFrom,
                validUntil, by, at, AgreementStatus.PROPOSED, null, null, null);
    }

    private static boolean isDistrict(String d) {
        return d != null && d.matches("[0-9]{6}");
    }

    public boolean isParty(String district) {
        return proposerDistrict.equals(district) || partnerDistrict.equals(district);
    }

    /** The other party of {@code district}. */
    public String otherParty(String district) {
        if (!isParty(district)) {
            throw new IllegalArgumentException(district + " is not a party");
        }
        return proposerDistrict.equals(district) ? partnerDistrict : proposerDistrict;
    }

    /**
     * A liaison of {@code district} approves. Answers whether the agreement is now in force (both approved). Refused
     * when that district already approved, or the agreement is suspended.
     */
    public boolean approve(String district, String by, Instant at) {
        requireParty(district);
        if (status == AgreementStatus.SUSPENDED) {
            throw new SharingRefused("协议已暂停，不能批准 / the agreement is suspended");
        }
        boolean proposerSide = proposerDistrict.equals(district);
        if ((proposerSide ? proposerApproval : partnerApproval) != null) {
            throw new SharingRefused("区县 " + district + " 已批准该协议 / district " + district
                    + " has already approved this agreement");
        }
        if (proposerSide) {
            proposerApproval = new Approval(by, at);
        } else {
            partnerApproval = new Approval(by, at);
        }
        if (proposerApproval != null && partnerApproval != null) {
            status = AgreementStatus.ACTIVE;
        }
        return status == AgreementStatus.ACTIVE;
    }

    /** Either party suspends an agreement in force. */
    public void suspend(String district, String by, Instant at, String reason) {
        requireParty(district);
        if (status != AgreementStatus.ACTIVE) {
            throw new SharingRefused("只有生效的协议可以暂停 / only an agreement in force can be suspended (status "
                    + status + ")");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a suspension gives a reason");
        }
        status = AgreementStatus.SUSPENDED;
        suspension = new Suspension(district, by, at, reason.strip());
    }

    /** Either party resumes a suspended agreement; it is in force again (both approvals stand). */
    public void resume(String district) {
        requireParty(district);
        if (status != AgreementStatus.SUSPENDED) {
            throw new SharingRefused("协议未暂停 / the agreement is not suspended");
        }
        status = AgreementStatus.ACTIVE;
        suspension = null;
    }

    private void requireParty(String district) {
        if (!isParty(district)) {
            throw new IllegalArgumentException("district " + district + " is not a party to agreement " + id);
        }
    }

    /** In force on {@code day}: approved by both, not suspended, within the validity period. */
    public boolean inForceOn(LocalDate day) {
        return status == AgreementStatus.ACTIVE && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    /** In force on {@code day} between these two districts and allowing {@code event}. */
    public boolean allows(String a, String b, SharedEvent event, LocalDate day) {
        return isParty(a) && isParty(b) && !a.equals(b) && events.contains(event) && inForceOn(day);
    }

    public UUID id() {
        return id;
    }

    public String proposerDistrict() {
        return proposerDistrict;
    }

    public String partnerDistrict() {
        return partnerDistrict;
    }

    public Set<IpKind> ipKinds() {
        return ipKinds;
    }

    public Set<SharedField> fields() {
        return fields;
    }

    public Set<SharedEvent> events() {
        return events;
    }

    public ResponsePeriod responsePeriod() {
        return responsePeriod;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public AgreementStatus status() {
        return status;
    }

    public Approval proposerApproval() {
        return proposerApproval;
    }

    public Approval partnerApproval() {
        return partnerApproval;
    }

    public Suspension suspension() {
        return suspension;
    }
}
