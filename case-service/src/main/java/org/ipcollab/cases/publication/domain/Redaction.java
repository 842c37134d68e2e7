package org.ipcollab.cases.publication.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.ipcollab.cases.rules.domain.LegalSource;

/**
 * 信息隐去 — the redaction list applied to every free-text field of a published decision (PIPL art 51; SAMR Order 45;
 * DOMAIN.md §3.6), as data ({@code rules/redaction.json}): each pattern in order replaces what it matches with
 * {@code replacement}. The patterns are heuristics: they err on the side of hiding too much.
 *
 * @param id            e.g. {@code publication-redaction}
 * @param sources       the legal sources
 * @param effectiveFrom the first day this list applies
 * @param replacement   what a match becomes, e.g. {@code [已隐去]}
 * @param patterns      applied in order
 */
public record Redaction(String id, List<LegalSource> sources, LocalDate effectiveFrom, String replacement,
        List<RedactionPattern> patterns) {

    /** One kind of personal information and the regular expression that finds it. */
    public record RedactionPattern(String id, String labelZh, String labelEn, Pattern regex) {
        public RedactionPattern {
            Objects.requireNonNull(id, "pattern id");
            Objects.requireNonNull(labelZh, id + ": labelZh");
            Objects.requireNonNull(labelEn, id + ": labelEn");
            Objects.requireNonNull(regex, id + ": regex");
            if (regex.matcher("").matches()) {
                throw new IllegalArgumentException(id + ": a redaction pattern must not match empty text");
            }
        }

        /** Compiles {@code regex}, naming the pattern when it is not a valid expression. */
        public static RedactionPattern of(String id, String labelZh, String labelEn, String regex) {
            try {
                return new RedactionPattern(id, labelZh, labelEn, Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(id + ": not a valid regular expression: " + e.getDescription());
            }
        }
    }

    public Redaction {
        Objects.requireNonNull(id, "id");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException(id + ": a redaction list cites its sources");
        }
        Objects.requireNonNull(effectiveFrom, id + ": effectiveFrom");
        if (replacement == null || replacement.isBlank()) {
            throw new IllegalArgumentException(id + ": a replacement text is required");
        }
        patterns = List.copyOf(patterns);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException(id + ": at least one pattern");
        }
        for (RedactionPattern p : patterns) {
            if (p.regex().matcher(replacement).find()) {
                throw new IllegalArgumentException(id + ": pattern " + p.id() + " matches the replacement itself");
            }
        }
    }

    /** {@code text} with every match of every pattern replaced; null stays null. */
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (RedactionPattern p : patterns) {
            out = p.regex().matcher(out).replaceAll(Matcher.quoteReplacement(replacement));
        }
        return out;
    }

    /** The ids of the patterns that find something in {@code text} (before any is applied). */
    public List<String> findings(String text) {
        return patterns.stream().filter(p -> text != null && p.regex().matcher(text).find())
                .map(RedactionPattern::id).toList();
    }
}
