package org.ipcollab.referral.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ipcollab.referral.rules.domain.Counting;
import org.ipcollab.referral.rules.domain.ExtensionAuthority;
import org.ipcollab.referral.rules.domain.ExtensionRule;
import org.ipcollab.referral.rules.domain.LegalSource;
import org.ipcollab.referral.rules.domain.PauseReason;
import org.ipcollab.referral.rules.domain.PeriodUnit;
import org.ipcollab.referral.rules.domain.TimeLimitRule;
import org.ipcollab.referral.rules.domain.TimeLimitRules;

/**
 * Reads statutory time limits from JSON ({@code rules/time-limits.json}) into {@link TimeLimitRules}. Strict like
 * {@link CalendarFiles}.
 */
public final class TimeLimitFiles {
    public static final String BUNDLED = "rules/time-limits.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RULE_FIELDS = Set.of("id", "label_zh", "label_en", "amount", "unit", "counting",
            "trigger", "finalDayRollsOver", "pausesExcluded", "extensions", "sources", "effectiveFrom", "effectiveTo",
            "confirmed", "note");

    private TimeLimitFiles() {
    }

    /** The bundled rule book. */
    public static TimeLimitRules bundled() {
        return parse(BUNDLED, CalendarFiles.readResource(BUNDLED));
    }

    public static TimeLimitRules read(String name, InputStream json) {
        try {
            return parse(name, JSON.readTree(json));
        } catch (IOException e) {
            throw new RuleFileException(name + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    static TimeLimitRules parse(String name, JsonNode root) {
        JsonFields f = new JsonFields(name);
        f.onlyKnown(root, "$", Set.of("rules"));
        List<TimeLimitRule> rules = new ArrayList<>();
        int i = 0;
        for (JsonNode r : f.array(root, "$", "rules")) {
            String where = "rules[" + i++ + "]";
            f.onlyKnown(r, where, RULE_FIELDS);
            where = where + "(" + f.text(r, where, "id") + ")";
            rules.add(rule(f, name, where, r));
        }
        return CalendarFiles.wrap(name, "$", () -> TimeLimitRules.of(rules));
    }

    private static TimeLimitRule rule(JsonFields f, String name, String where, JsonNode r) {
        Set<PauseReason> pauses = EnumSet.noneOf(PauseReason.class);
        int j = 0;
        for (JsonNode p : f.array(r, where, "pausesExcluded")) {
            String at = where + ".pausesExcluded[" + j++ + "]";
            try {
                pauses.add(PauseReason.valueOf(p.asText()));
            } catch (IllegalArgumentException e) {
                throw f.fail(at, "'" + p.asText() + "' is not a pause reason");
            }
        }
        List<ExtensionRule> extensions = new ArrayList<>();
        j = 0;
        for (JsonNode e : f.array(r, where, "extensions")) {
            String at = where + ".extensions[" + j++ + "]";
            f.onlyKnown(e, at, Set.of("authority", "amount", "unit", "maxTimes"));
            extensions.add(CalendarFiles.wrap(name, at, () -> new ExtensionRule(
                    f.enumValue(e, at, "authority", ExtensionAuthority.class), f.optionalInteger(e, at, "amount"),
                    f.enumValue(e, at, "unit", PeriodUnit.class), f.optionalInteger(e, at, "maxTimes"))));
        }
        List<LegalSource> sources = new ArrayList<>();
        j = 0;
        for (JsonNode s : f.array(r, where, "sources")) {
            String at = where + ".sources[" + j++ + "]";
            f.onlyKnown(s, at, Set.of("law", "article"));
            sources.add(CalendarFiles.wrap(name, at, () -> new LegalSource(f.text(s, at, "law"),
                    f.optionalText(s, at, "article"))));
        }
        return CalendarFiles.wrap(name, where, () -> new TimeLimitRule(f.text(r, where, "id"),
                f.text(r, where, "label_zh"), f.text(r, where, "label_en"), f.integer(r, where, "amount"),
                f.enumValue(r, where, "unit", PeriodUnit.class), f.enumValue(r, where, "counting", Counting.class),
                f.text(r, where, "trigger"), f.bool(r, where, "finalDayRollsOver"), pauses, extensions, sources,
                f.optionalDate(r, where, "effectiveFrom"), f.optionalDate(r, where, "effectiveTo"),
                f.bool(r, where, "confirmed"), f.optionalText(r, where, "note")));
    }
}
