package org.ipcollab.referral.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A referral as its district sees it: status, departments, the art 6 checklist (what is still missing before it can
 * be sent), the documents' metadata, every clock, and the record of steps.
 */
public record ReferralResponse(UUID id, UUID caseId, String district, String status, String statusZh, String statusEn,
        String reason, int suspectedArticle, List<String> officers, boolean appraisalRequired,
        String agencyDepartmentId, String policeDepartmentId, String procuratorateDepartmentId,
        String courtDepartmentId, String submittedBy, Instant submittedAt, List<ChecklistItem> checklist,
        List<String> missingDocuments, boolean documentsComplete, List<ReferralDocuments.Metadata> documents,
        List<ClockView> clocks, List<StepView> steps, List<UUID> reverseReferralIds) {

    /** One line of the art 6 checklist. */
    public record ChecklistItem(String kind, boolean required, boolean present, List<UUID> documentIds) {
    }
}
