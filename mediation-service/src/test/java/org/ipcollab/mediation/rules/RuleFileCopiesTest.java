package org.ipcollab.mediation.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ipcollab.mediation.rules.domain.TimeLimitRule;
import org.ipcollab.testsupport.RepoPaths;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RuleFileCopiesTest {
    static final Path OURS = RepoPaths.root().resolve("mediation-service/src/main/resources/rules");
    static final Path THEIRS = RepoPaths.root().resolve("case-service/src/main/resources/rules");

    @Test
    @DisplayName("the calendars and time limits are byte-identical copies of case-service's")
    void copiesAreIdentical() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(THEIRS.resolve("calendars"))) {
            files = s.map(p -> "calendars/" + p.getFileName()).sorted().toList();
        }
        assertFalse(files.isEmpty());
        try (Stream<Path> s = Files.list(OURS.resolve("calendars"))) {
            assertEquals(files, s.map(p -> "calendars/" + p.getFileName()).sorted().toList(),
                    "the same calendar files, no more, no fewer");
        }
        for (String f : Stream.concat(files.stream(), Stream.of("time-limits.json")).toList()) {
            assertArrayEquals(Files.readAllBytes(THEIRS.resolve(f)), Files.readAllBytes(OURS.resolve(f)), f);
        }
    }

    @Test
    @DisplayName("mediation-service's own rule file adds rules without redefining a shared one")
    void ownRulesAreAdditions() {
        var shared = TimeLimitFiles.bundled().ids();
        var all = MediationRules.load();
        assertEquals(shared.size() + 1, all.ids().size());
        TimeLimitRule acceptance = all.inForce("mediation.mediator-acceptance", java.time.LocalDate.of(2026, 1, 1));
        assertFalse(acceptance.confirmed(), "no source in DOMAIN.md, so it is unconfirmed data");
    }
}
