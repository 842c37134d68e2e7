package org.ipcollab.notification.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ipcollab.notification.calendar.domain.AdjustedWorkingDay;
import org.ipcollab.notification.calendar.domain.CalendarSource;
import org.ipcollab.notification.calendar.domain.Holiday;
import org.ipcollab.notification.calendar.domain.WorkingDayCalendar;
import org.ipcollab.notification.calendar.domain.YearCalendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the bundled working-day calendars ({@code rules/calendars/index.json} and one file per year), copied
 * byte-for-byte from case-service, which owns them ({@code CalendarFilesCopyTest} holds the copy to the original).
 * A minimal reader: case-service's strict one also refuses unknown fields; the domain types refuse bad data here too.
 */
public final class CalendarFiles {
    public static final String INDEX = "rules/calendars/index.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CalendarFiles() {
    }

    public static WorkingDayCalendar bundled() {
        List<YearCalendar> years = new ArrayList<>();
        for (JsonNode name : read(INDEX).get("calendars")) {
            years.add(parse(read("rules/calendars/" + name.asText())));
        }
        return WorkingDayCalendar.of(years);
    }

    static YearCalendar parse(JsonNode root) {
        JsonNode src = root.get("source");
        CalendarSource source = new CalendarSource(src.get("document").asText(), src.get("title").asText(),
                src.hasNonNull("url") ? src.get("url").asText() : null, LocalDate.parse(src.get("published").asText()));
        List<Holiday> holidays = new ArrayList<>();
        for (JsonNode h : root.get("holidays")) {
            List<LocalDate> dates = new ArrayList<>();
            h.get("dates").forEach(d -> dates.add(LocalDate.parse(d.asText())));
            holidays.add(new Holiday(h.get("name_zh").asText(), h.get("name_en").asText(), dates));
        }
        List<AdjustedWorkingDay> adjusted = new ArrayList<>();
        for (JsonNode a : root.get("adjustedWorkingDays")) {
            adjusted.add(new AdjustedWorkingDay(LocalDate.parse(a.get("date").asText()), a.get("for_zh").asText()));
        }
        return new YearCalendar(root.get("year").asInt(), source, root.get("confirmed").asBoolean(), holidays, adjusted);
    }

    private static JsonNode read(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = CalendarFiles.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": not found on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(resource + ": not valid JSON: " + e.getMessage(), e);
        }
    }
}
