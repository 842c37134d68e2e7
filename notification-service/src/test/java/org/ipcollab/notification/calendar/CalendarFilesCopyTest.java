package org.ipcollab.notification.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.ipcollab.notification.calendar.domain.WorkingDayCalendar;
import org.ipcollab.testsupport.RepoPaths;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The working-day calendars are case-service's data; this service holds a byte-identical copy. */
class CalendarFilesCopyTest {
    static final Path OURS = RepoPaths.root().resolve("notification-service/src/main/resources/rules/calendars");
    static final Path OWNER = RepoPaths.root().resolve("case-service/src/main/resources/rules/calendars");

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }

    @Test
    @DisplayName("every calendar file is byte-identical to case-service's, and none is missing or extra")
    void copiedCalendarsAreByteIdentical() throws IOException {
        List<String> owner = names(OWNER);
        assertFalse(owner.isEmpty());
        assertEquals(owner, names(OURS));
        for (String name : owner) {
            assertArrayEquals(Files.readAllBytes(OWNER.resolve(name)), Files.readAllBytes(OURS.resolve(name)), name);
        }
    }

    @Test
    @DisplayName("the copied calendar knows the 2026 National Day holiday and its adjusted working days")
    void bundledCalendarReads() {
        WorkingDayCalendar calendar = CalendarFiles.bundled();
        assertTrue(calendar.covers(2025) && calendar.covers(2026));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 5)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 23)));
    }
}
