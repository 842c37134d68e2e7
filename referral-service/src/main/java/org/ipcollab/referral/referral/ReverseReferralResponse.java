package org.ipcollab.referral.referral;

import java.util.List;
import java.util.UUID;

/** A reverse referral (反向移送) as its district sees it. */
public record ReverseReferralResponse(UUID id, UUID caseId, UUID referralId, String district, String from,
        String fromDepartmentId, String agencyDepartmentId, String procuratorateDepartmentId, String reason,
        String opinion, String answer, String status, String statusZh, String statusEn, List<ClockView> clocks,
        List<StepView> steps) {
}
