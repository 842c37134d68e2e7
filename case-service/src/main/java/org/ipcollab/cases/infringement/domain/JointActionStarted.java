package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 联合执法启动 — schema docs/events/joint-action-started.v1.schema.json (district = the lead district). Raised by
 * {@code org.ipcollab.cases.sharing}; it lives here only because a sealed interface's permitted records must share its
 * package (Java 17, unnamed module).
 */
public record JointActionStarted(UUID actionId, String district, List<String> participants, String title,
        String startedBy, Instant startedAt) implements SharingEvent {
    public static final String TYPE = "org.ipcollab.case.joint-action-started.v1";

    public JointActionStarted {
        participants = List.copyOf(participants);
    }

    @Override
    public UUID aggregateId() {
        return actionId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
