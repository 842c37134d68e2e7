package org.ipcollab.cases.rules;

import java.time.Instant;

/**
 * Where the rules in force for a year or a rule set come from: the files bundled with the service, or a document an
 * administrator loaded (then who, when, why, and the document's id in the history).
 */
public record RuleOrigin(Source source, Long documentId, String loadedBy, String loadedByDistrict, Instant loadedAt,
        String reason) {
    public enum Source {
        /** a file under {@code src/main/resources/rules/}, shipped with this version of the service. */
        BUNDLED,
        /** a document loaded by an administrator ({@code legal_rule_document}). */
        LOADED
    }

    public static final RuleOrigin BUNDLED = new RuleOrigin(Source.BUNDLED, null, null, null, null, null);

    public static RuleOrigin of(RuleDocument document) {
        return new RuleOrigin(Source.LOADED, document.id(), document.loadedBy(), document.loadedByDistrict(),
                document.loadedAt(), document.reason());
    }
}
