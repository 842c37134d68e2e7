package org.ipcollab.cases.timeline.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 执法全过程记录 — one entry of a case's tamper-evident record: who (subject, role, department) did what (an English
 * action code and a summary in Chinese and English) when, with the case's state before and after as canonical JSON
 * text. {@code hash} chains it to the entry before ({@code previousHash}); see {@link HashChain}.
 *
 * @param before canonical JSON of the state before the change, or {@code null} when there was none (filing)
 */
public record TimelineEntry(UUID id, UUID caseId, int seq, Instant occurredAt, String actor, String actorRole,
        String actorDepartment, String action, String summaryZh, String summaryEn, String before, String after,
        String previousHash, String hash) {

    public TimelineEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorRole, "actorRole");
        Objects.requireNonNull(actorDepartment, "actorDepartment");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(summaryZh, "summaryZh");
        Objects.requireNonNull(summaryEn, "summaryEn");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
