package org.ipcollab.cases.timeline;

import java.util.List;
import java.util.UUID;

/** A case's record, oldest entry first. */
public record TimelineResponse(UUID caseId, List<TimelineEntryResponse> entries) {
}
