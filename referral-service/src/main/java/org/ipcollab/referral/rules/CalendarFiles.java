package org.ipcollab.referral.rules;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ipcollab.referral.rules.domain.AdjustedWorkingDay;
import org.ipcollab.referral.rules.domain.CalendarSource;
import org.ipcollab.referral.rules.domain.Holiday;
import org.ipcollab.referral.rules.domain.WorkingDayCalendar;
import org.ipcollab.referral.rules.domain.YearCalendar;

/**
 * Reads year calendars from JSON (one file per year, e.g. {@code rules/calendars/cn-2025.json}) into
 * {@link YearCalendar}s. Strict: a missing field, an unknown field or a malformed date names the file and the place.
 * <pre>
 * {"year": 2025,
 *  "source": {"document": "国办发明电〔2024〕12号", "title": "...", "url": "...", "published": "2024-11-12"},
 *  "confirmed": true,
 *  "holidays": [{"name_zh": "春节", "name_en": "Spring Festival", "dates": ["2025-01-28", ...]}],
 *  "adjustedWorkingDays": [{"date": "2025-01-26", "for_zh": "春节"}]}
 * </pre>
 */
public final class CalendarFiles {
    /** The bundled calendars, listed in {@code rules/calendars/index.json}. */
    public static final String INDEX = "rules/calendars/index.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CalendarFiles() {
    }

    /** The working-day calendar of every bundled year. */
    public static WorkingDayCalendar bundled() {
        JsonNode index = readResource(INDEX);
        JsonFields fields = new JsonFields(INDEX);
        fields.onlyKnown(index, "$", Set.of("calendars"));
        List<YearCalendar> years = new ArrayList<>();
        for (JsonNode name : fields.array(index, "$", "calendars")) {
            String resource = "rules/calendars/" + name.asText();
            years.add(parse(resource, readResource(resource)));
        }
        return WorkingDayCalendar.of(years);
    }

    /** One year calendar from a stream; {@code name} is used in error messages. */
    public static YearCalendar read(String name, InputStream json) {
        try {
            return parse(name, JSON.readTree(json));
        } catch (IOException e) {
            throw new RuleFileException(name + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    static YearCalendar parse(String name, JsonNode root) {
        JsonFields f = new JsonFields(name);
        f.onlyKnown(root, "$", Set.of("year", "source", "confirmed", "holidays", "adjustedWorkingDays"));
        int year = f.integer(root, "$", "year");

        JsonNode src = f.required(root, "$", "source");
        f.onlyKnown(src, "source", Set.of("document", "title", "url", "published"));
        CalendarSource source = new CalendarSource(f.text(src, "source", "document"), f.text(src, "source", "title"),
                f.optionalText(src, "source", "url"), f.date(f.required(src, "source", "published"),
                        "source.published"));

        List<Holiday> holidays = new ArrayList<>();
        int i = 0;
        for (JsonNode h : f.array(root, "$", "holidays")) {
            String where = "holidays[" + i++ + "]";
            f.onlyKnown(h, where, Set.of("name_zh", "name_en", "dates"));
            List<LocalDate> dates = new ArrayList<>();
            int j = 0;
            for (JsonNode d : f.array(h, where, "dates")) {
                dates.add(f.date(d, where + ".dates[" + j++ + "]"));
            }
            holidays.add(wrap(name, where, () -> new Holiday(f.text(h, where, "name_zh"), f.text(h, where, "name_en"),
                    dates)));
        }

        List<AdjustedWorkingDay> adjusted = new ArrayList<>();
        i = 0;
        for (JsonNode a : f.array(root, "$", "adjustedWorkingDays")) {
            String where = "adjustedWorkingDays[" + i++ + "]";
            f.onlyKnown(a, where, Set.of("date", "for_zh"));
            adjusted.add(wrap(name, where, () -> new AdjustedWorkingDay(f.date(f.required(a, where, "date"),
                    where + ".date"), f.text(a, where, "for_zh"))));
        }
        boolean confirmed = f.bool(root, "$", "confirmed");
        return wrap(name, "$", () -> new YearCalendar(year, source, confirmed, holidays, adjusted));
    }

    static <T> T wrap(String name, String where, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(name + ": " + where + ": " + e.getMessage(), e);
        }
    }

    static JsonNode readResource(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = CalendarFiles.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleFileException(resource + ": not found on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new RuleFileException(resource + ": not valid JSON: " + e.getMessage(), e);
        }
    }
}
