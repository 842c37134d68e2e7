package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 跨区域共享协议提出 — schema docs/events/sharing-agreement-proposed.v1.schema.json (district = the proposing district). Raised by {@code org.ipcollab.cases.sharing}; it lives
 * here only because a sealed interface's permitted records must share its package (Java 17, unnamed module).
 */
public record SharingAgreementProposed(UUID agreementId, String district, String partnerDistrict, List<String> ipKinds, List<String> sharedFields, List<String> sharedEvents, int responseAmount, String responseUnit, LocalDate validFrom, LocalDate validUntil, String proposedBy, Instant proposedAt) implements SharingEvent {
    public static final String TYPE = "org.ipcollab.case.sharing-agreement-proposed.v1";

    public SharingAgreementProposed {
        ipKinds = List.copyOf(ipKinds);
        sharedFields = List.copyOf(sharedFields);
        sharedEvents = List.copyOf(sharedEvents);
    }

    @Override
    public UUID aggregateId() {
        return agreementId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
