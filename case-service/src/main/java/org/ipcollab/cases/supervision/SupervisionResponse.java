package org.ipcollab.cases.supervision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ipcollab.cases.supervision.domain.MajorCaseSupervision;
import org.ipcollab.cases.supervision.domain.SupervisionRole;

/** 重大案件联合督办 as the API shows it, with Chinese and English labels beside the codes. */
public record SupervisionResponse(UUID caseId, String caseNumber, String district, String departmentId,
        boolean major, String labelZh, String labelEn, String reason, List<SupervisorView> supervisingDepartments,
        String leadDepartment, String markedBy, Instant markedAt, long consultations) {

    public static final String LABEL_ZH = "重大案件联合督办";
    public static final String LABEL_EN = "Major case under joint supervision";

    /** A supervising department and how it takes part: {@code LEAD} 牵头督办 or {@code JOINT} 联合督办. */
    public record SupervisorView(String departmentId, SupervisionRole role, String roleZh, String roleEn) {
    }

    static SupervisionResponse of(MajorCaseSupervision s, long consultations) {
        return new SupervisionResponse(s.caseId(), s.caseNumber(), s.district(), s.caseDepartment(), true, LABEL_ZH,
                LABEL_EN, s.reason(), s.supervisingDepartments().stream().map(d -> {
                    SupervisionRole role = s.roleOf(d);
                    return new SupervisorView(d, role, role.labelZh(), role.labelEn());
                }).toList(), s.leadDepartment(), s.markedBy(), s.markedAt(), consultations);
    }
}
