package org.ipcollab.cases.rules;

import java.time.Instant;

/**
 * One row of {@code legal_rule_document}: a rule document as an administrator loaded it.
 *
 * @param id               load order; the highest id per (kind, key) is in force
 * @param key              the year ({@code 2027}) or the rule-set id ({@code cn-2025})
 * @param json             the JSON text exactly as it was sent
 * @param loadedBy         the administrator's token subject
 * @param loadedByDistrict the administrator's district
 * @param reason           why it was loaded
 */
public record RuleDocument(long id, RuleDocumentKind kind, String key, String json, String loadedBy,
        String loadedByDistrict, Instant loadedAt, String reason) {

    /** How error messages name a stored document, e.g. {@code rule document 7 (CALENDAR 2027)}. */
    public String describe() {
        return "rule document " + id + " (" + kind + " " + key + ")";
    }
}
