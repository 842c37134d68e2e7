package org.ipcollab.cases.rules;

import java.time.Instant;

/**
 * One load in the history ({@code GET /admin/rules/history}); {@code document}, the JSON text exactly as it was
 * loaded, only in {@code GET /admin/rules/history/{id}}.
 *
 * @param inForce whether this is the newest document of its kind and key, i.e. the one in force
 */
public record RuleDocumentResponse(long id, RuleDocumentKind kind, String key, String loadedBy,
        String loadedByDistrict, Instant loadedAt, String reason, boolean inForce, String document) {

    static RuleDocumentResponse of(RuleDocument d, boolean inForce, boolean withDocument) {
        return new RuleDocumentResponse(d.id(), d.kind(), d.key(), d.loadedBy(), d.loadedByDistrict(), d.loadedAt(),
                d.reason(), inForce, withDocument ? d.json() : null);
    }
}
