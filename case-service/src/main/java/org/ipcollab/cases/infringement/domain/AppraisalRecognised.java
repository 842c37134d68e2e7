package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * 鉴定结果互认 — schema docs/events/appraisal-recognised.v1.schema.json (district = the recognising district). Raised by
 * {@code org.ipcollab.cases.sharing}; it lives here only because a sealed interface's permitted records must share its
 * package (Java 17, unnamed module).
 */
public record AppraisalRecognised(UUID actionId, UUID appraisalId, String district, String ownerDistrict,
        String sha256, String recognisedBy, Instant recognisedAt) implements SharingEvent {
    public static final String TYPE = "org.ipcollab.case.appraisal-recognised.v1";

    @Override
    public UUID aggregateId() {
        return actionId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
