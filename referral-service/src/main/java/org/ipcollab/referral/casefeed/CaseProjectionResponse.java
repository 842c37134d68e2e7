package org.ipcollab.referral.casefeed;

import java.time.Instant;
import java.util.UUID;

import org.ipcollab.referral.casefeed.domain.CaseView;

/** A case as this service knows it from case-service's events. */
public record CaseProjectionResponse(UUID caseId, String district, String departmentId, String ipKind, String title,
        String status, long eventsApplied, String lastEventId, Instant updatedAt) {

    static CaseProjectionResponse of(CaseView v) {
        return new CaseProjectionResponse(v.caseId(), v.district(), v.departmentId(), v.ipKind(), v.title(), v.status(),
                v.eventsApplied(), v.lastEventId(), v.updatedAt());
    }
}
