package org.ipcollab.cases.publication;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Singleton;

import org.ipcollab.cases.infringement.domain.PartyKind;
import org.ipcollab.cases.infringement.domain.PenaltyMeasure;
import org.ipcollab.cases.publication.domain.PublicationRules;
import org.ipcollab.cases.publication.domain.Redaction;
import org.ipcollab.cases.rules.domain.LegalSource;
import org.ipcollab.cases.thresholds.domain.Money;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;

/**
 * The publication rules shipped with the service: {@code rules/redaction.json} (what is hidden) and
 * {@code rules/publication.json} (the province's small fine and how a person's name is shown). Read at start-up, so a
 * broken file stops the service rather than a publication.
 */
@Startup
@Singleton
public class PublicationRuleFiles {
    public static final String REDACTION = "rules/redaction.json";
    public static final String PUBLICATION = "rules/publication.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Redaction redaction;
    private final PublicationRules rules;

    public PublicationRuleFiles() {
        this.redaction = redaction(read(REDACTION));
        this.rules = publicationRules(read(PUBLICATION));
    }

    public Redaction redaction() {
        return redaction;
    }

    public PublicationRules rules() {
        return rules;
    }

    /** Parses a redaction list (as {@code rules/redaction.json}). */
    public static Redaction redaction(JsonNode root) {
        List<LegalSource> sources = new ArrayList<>();
        for (JsonNode s : required(root, "sources")) {
            sources.add(new LegalSource(text(s, "law"), s.hasNonNull("article") ? s.get("article").asText() : null));
        }
        List<Redaction.RedactionPattern> patterns = new ArrayList<>();
        for (JsonNode p : required(root, "patterns")) {
            patterns.add(Redaction.RedactionPattern.of(text(p, "id"), text(p, "label_zh"), text(p, "label_en"),
                    text(p, "regex")));
        }
        return new Redaction(text(root, "id"), sources, LocalDate.parse(text(root, "effectiveFrom")),
                text(root, "replacement"), patterns);
    }

    /** Parses the province's publication rules (as {@code rules/publication.json}). */
    public static PublicationRules publicationRules(JsonNode root) {
        JsonNode small = required(root, "smallFine");
        Map<PartyKind, Money> max = new EnumMap<>(PartyKind.class);
        required(small, "maxFineYuan").fields().forEachRemaining(e -> max.put(PartyKind.valueOf(e.getKey()),
                Money.ofYuan(e.getValue().asText())));
        Set<PenaltyMeasure> only = EnumSet.noneOf(PenaltyMeasure.class);
        for (JsonNode m : required(small, "onlyMeasures")) {
            only.add(PenaltyMeasure.valueOf(m.asText()));
        }
        PublicationRules.SmallFine smallFine = new PublicationRules.SmallFine(max, only,
                required(small, "confirmed").asBoolean(), text(small, "source"));
        PublicationRules.PersonName name = PublicationRules.PersonName.valueOf(text(required(root, "personName"),
                "mode"));
        return new PublicationRules(smallFine, name);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("publication rules: '" + field + "' is required");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("publication rules: '" + field + "' must be text");
        }
        return value.asText();
    }
}
