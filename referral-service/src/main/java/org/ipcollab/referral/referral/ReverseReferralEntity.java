package org.ipcollab.referral.referral;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ipcollab.referral.referral.domain.Party;
import org.ipcollab.referral.referral.domain.ReferralClockKind;
import org.ipcollab.referral.referral.domain.ReverseReferral;
import org.ipcollab.referral.referral.domain.ReverseStatus;
import org.ipcollab.referral.rules.domain.StatutoryClock;

/** Persistence of {@link ReverseReferral}. */
@Entity
@Table(name = "reverse_referral")
public class ReverseReferralEntity {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(name = "referral_id")
    public UUID referralId;
    @Column(nullable = false, length = 6)
    public String district;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_party", nullable = false)
    public Party fromParty;
    @Column(name = "from_department_id", nullable = false)
    public String fromDepartmentId;
    @Column(name = "agency_department_id", nullable = false)
    public String agencyDepartmentId;
    @Column(name = "procuratorate_department_id")
    public String procuratorateDepartmentId;
    @Column(nullable = false, columnDefinition = "text")
    public String reason;
    @Column(columnDefinition = "text")
    public String opinion;
    @Column(columnDefinition = "text")
    public String answer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReverseStatus status;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    ReverseReferral toDomain(Map<ReferralClockKind, StatutoryClock> clocks) {
        return new ReverseReferral(id, caseId, referralId, district, fromParty, fromDepartmentId, agencyDepartmentId,
                procuratorateDepartmentId, reason, opinion, answer, status, clocks);
    }

    void copy(ReverseReferral r, Instant now) {
        id = r.id();
        caseId = r.caseId();
        referralId = r.referralId();
        district = r.district();
        fromParty = r.from();
        fromDepartmentId = r.fromDepartment();
        agencyDepartmentId = r.agencyDepartment();
        procuratorateDepartmentId = r.procuratorateDepartment();
        reason = r.reason();
        opinion = r.opinion();
        answer = r.answer();
        status = r.status();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }
}
