package org.ipcollab.referral.referral;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ipcollab.referral.referral.domain.Referral;
import org.ipcollab.referral.referral.domain.ReferralClockKind;
import org.ipcollab.referral.referral.domain.ReferralStatus;
import org.ipcollab.referral.rules.domain.StatutoryClock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Persistence of {@link Referral} (its clocks live in {@code referral_clock}). */
@Entity
@Table(name = "referral")
public class ReferralEntity {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(nullable = false, length = 6)
    public String district;
    @Column(name = "agency_department_id", nullable = false)
    public String agencyDepartmentId;
    @Column(name = "procuratorate_department_id", nullable = false)
    public String procuratorateDepartmentId;
    @Column(name = "police_department_id")
    public String policeDepartmentId;
    @Column(name = "court_department_id")
    public String courtDepartmentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;
    @Column(nullable = false, columnDefinition = "text")
    public String reason;
    @Column(name = "suspected_article", nullable = false)
    public int suspectedArticle;
    @Column(nullable = false, columnDefinition = "text")
    public String officers;
    @Column(name = "appraisal_required", nullable = false)
    public boolean appraisalRequired;
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    Referral toDomain(Map<ReferralClockKind, StatutoryClock> clocks) {
        List<String> officerList;
        try {
            officerList = JSON.readValue(officers, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored officers of referral " + id + " are not a JSON array", e);
        }
        return new Referral(id, caseId, district, agencyDepartmentId, procuratorateDepartmentId, policeDepartmentId,
                courtDepartmentId, status, reason, suspectedArticle, officerList, appraisalRequired, submittedBy,
                submittedAt, clocks);
    }

    void copy(Referral r, Instant now) {
        id = r.id();
        caseId = r.caseId();
        district = r.district();
        agencyDepartmentId = r.agencyDepartment();
        procuratorateDepartmentId = r.procuratorateDepartment();
        policeDepartmentId = r.policeDepartment();
        courtDepartmentId = r.courtDepartment();
        status = r.status();
        reason = r.reason();
        suspectedArticle = r.suspectedArticle();
        try {
            officers = JSON.writeValueAsString(r.officers());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        appraisalRequired = r.appraisalRequired();
        submittedBy = r.submittedBy();
        submittedAt = r.submittedAt();
        updatedAt = now;
    }
}
