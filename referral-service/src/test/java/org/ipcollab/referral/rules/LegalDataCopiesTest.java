package org.ipcollab.referral.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ipcollab.testsupport.RepoPaths;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The legal data this service counts with is a copy of case-service's: the working-day calendars and the time limits
 * must stay byte-identical, so the two services never disagree on a due date.
 */
class LegalDataCopiesTest {
    static final Path CASE = RepoPaths.root().resolve("case-service/src/main/resources/rules");
    static final Path MINE = RepoPaths.root().resolve("referral-service/src/main/resources/rules");

    static List<String> files(Path base) throws IOException {
        try (Stream<Path> s = Files.list(base.resolve("calendars"))) {
            List<String> calendars = s.map(p -> "calendars/" + p.getFileName()).sorted().toList();
            return Stream.concat(calendars.stream(), Stream.of("time-limits.json")).toList();
        }
    }

    @Test
    @DisplayName("calendars and time-limits.json are byte-identical to case-service's, and no file is missing on either side")
    void identical() throws IOException {
        List<String> theirs = files(CASE);
        assertFalse(theirs.isEmpty());
        assertEquals(theirs, files(MINE));
        for (String f : theirs) {
            assertArrayEquals(Files.readAllBytes(CASE.resolve(f)), Files.readAllBytes(MINE.resolve(f)),
                    f + " differs from case-service's copy");
        }
    }
}
