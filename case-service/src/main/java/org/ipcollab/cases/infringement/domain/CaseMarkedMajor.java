package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 列为重大案件联合督办 — a case was marked major and put under the joint supervision of other departments. Schema:
 * docs/events/case.marked-major.v1.schema.json. Raised by {@code supervision.domain.MajorCaseSupervision#mark}; it
 * lives here only because a sealed interface's permitted records must share its package (Java 17, unnamed module).
 *
 * @param departmentId the case's own (handling) department
 * @param caseNumber   null only for a case filed before case numbers existed
 * @param leadDepartment 牵头督办部门, one of {@code supervisingDepartments}, or null when none leads
 */
public record CaseMarkedMajor(UUID caseId, String district, String departmentId, String caseNumber, String reason,
        List<String> supervisingDepartments, String leadDepartment, String markedBy, Instant markedAt)
        implements CaseEvent {
    public static final String TYPE = "org.ipcollab.case.marked-major.v1";

    public CaseMarkedMajor {
        supervisingDepartments = List.copyOf(supervisingDepartments);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
