package org.ipcollab.cases.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.ipcollab.cases.infringement.CaseEntity;
import org.ipcollab.cases.supervision.domain.MajorCaseSupervision;

/**
 * Persistence of {@link MajorCaseSupervision}: what the supervision owns. The case's district, department and number
 * are read from {@link CaseEntity} when the domain object is built, never copied here.
 */
@Entity
@Table(name = "major_case_supervision")
public class SupervisionEntity {
    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(nullable = false, length = 1000)
    public String reason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "major_case_supervising_department", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    @Column(name = "department_id", nullable = false, length = 100)
    public List<String> supervisingDepartments = new ArrayList<>();

    @Column(name = "lead_department", length = 100)
    public String leadDepartment;

    @Column(name = "marked_by", nullable = false)
    public String markedBy;

    @Column(name = "marked_at", nullable = false)
    public Instant markedAt;

    static SupervisionEntity from(MajorCaseSupervision s) {
        SupervisionEntity e = new SupervisionEntity();
        e.caseId = s.caseId();
        e.reason = s.reason();
        e.supervisingDepartments = new ArrayList<>(s.supervisingDepartments());
        e.leadDepartment = s.leadDepartment();
        e.markedBy = s.markedBy();
        e.markedAt = s.markedAt();
        return e;
    }

    MajorCaseSupervision toDomain(CaseEntity theCase) {
        return new MajorCaseSupervision(caseId, theCase.district, theCase.departmentId, theCase.caseNumber, reason,
                List.copyOf(supervisingDepartments), leadDepartment, markedBy, markedAt);
    }
}
