package org.ipcollab.referral.referral;

import java.util.Map;
import java.util.UUID;

/**
 * The data of every {@code org.ipcollab.referral.<fact>.v1} event: which case and referral, the district, the status
 * after the fact (for a reverse-referral fact, the reverse referral's status), who did it, the departments involved,
 * a summary in both languages, and the fact's own details.
 */
public record ReferralEventData(UUID caseId, UUID referralId, UUID reverseReferralId, String district, String status,
        String statusZh, String statusEn, String occurredAt, EventActor actor, Departments departments,
        String summaryZh, String summaryEn, Map<String, Object> details) {

    public record EventActor(String subject, String role, String departmentId) {
    }

    public record Departments(String agencyDepartmentId, String policeDepartmentId, String procuratorateDepartmentId,
            String courtDepartmentId) {
    }
}
