package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.Objects;

/** 证据清单中的一项 — one item of the case's evidence list. */
public record Evidence(EvidenceKind kind, String description, Instant collectedAt) {
    public Evidence {
        Objects.requireNonNull(kind, "evidence kind");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("an item of evidence needs a description");
        }
        description = description.strip();
        Objects.requireNonNull(collectedAt, "when the evidence was collected");
    }
}
