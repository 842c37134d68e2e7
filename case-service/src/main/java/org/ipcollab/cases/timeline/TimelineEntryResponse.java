package org.ipcollab.cases.timeline;

import java.time.Instant;
import java.util.UUID;

import org.ipcollab.cases.timeline.domain.TimelineEntry;

import com.fasterxml.jackson.databind.JsonNode;

/** One entry of a case's record as the API shows it; {@code before} and {@code after} are the JSON states. */
public record TimelineEntryResponse(UUID id, int seq, Instant occurredAt, String actor, String actorRole,
        String actorDepartment, String action, String summaryZh, String summaryEn, JsonNode before, JsonNode after,
        String previousHash, String hash) {

    static TimelineEntryResponse of(TimelineEntry e, CanonicalJson json) {
        return new TimelineEntryResponse(e.id(), e.seq(), e.occurredAt(), e.actor(), e.actorRole(), e.actorDepartment(),
                e.action(), e.summaryZh(), e.summaryEn(), json.tree(e.before()), json.tree(e.after()), e.previousHash(),
                e.hash());
    }
}
