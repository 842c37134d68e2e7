package org.ipcollab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.ipcollab.testsupport.RepoPaths;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The backbone (outbox, relay, inbox, dead letters), the caller model and the problem mapping are one design kept
 * as a copy in each service (no shared runtime jar: STYLE.md). This keeps the copies from drifting: each must be
 * case-service's file with only the package name changed. Change case-service's copy, then copy it over.
 */
class SharedMechanismCopiesTest {
    private static final Map<String, String> SERVICES = Map.of(
            "referral-service", "referral",
            "mediation-service", "mediation",
            "notification-service", "notification");

    @ParameterizedTest
    @ValueSource(strings = {"messaging", "security", "problem"})
    @DisplayName("every service's copy of a shared mechanism equals case-service's but for the package name")
    void copiesAreIdentical(String pkg) throws IOException {
        Path root = RepoPaths.root();
        Map<String, String> reference = read(root.resolve("case-service/src/main/java/org/ipcollab/cases/" + pkg));
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            Map<String, String> copy = read(root.resolve(service.getKey() + "/src/main/java/org/ipcollab/"
                    + service.getValue() + "/" + pkg));
            Map<String, String> expected = new TreeMap<>();
            reference.forEach((file, text) -> expected.put(file,
                    text.replace("org.ipcollab.cases", "org.ipcollab." + service.getValue())));
            assertEquals(expected.keySet(), copy.keySet(), service.getKey() + "/" + pkg + ": files differ");
            for (String file : expected.keySet()) {
                assertEquals(expected.get(file), copy.get(file), service.getKey() + "/" + pkg + "/" + file + " drifted");
            }
        }
    }

    /**
     * The statutory-clock engine ({@code rules/domain}: calendar, time limits, clocks) is copied into the services
     * that run statutory clocks of their own; their legal data files are checked byte for byte by each service's own
     * copy test.
     */
    @ParameterizedTest
    @ValueSource(strings = {"referral-service:referral", "mediation-service:mediation"})
    @DisplayName("the statutory-clock engine copied into a service equals case-service's but for the package name")
    void clockEngineCopiesAreIdentical(String serviceAndPackage) throws IOException {
        String service = serviceAndPackage.substring(0, serviceAndPackage.indexOf(':'));
        String name = serviceAndPackage.substring(serviceAndPackage.indexOf(':') + 1);
        Path root = RepoPaths.root();
        Map<String, String> reference = read(root.resolve("case-service/src/main/java/org/ipcollab/cases/rules/domain"));
        Map<String, String> copy = read(root.resolve(service + "/src/main/java/org/ipcollab/" + name + "/rules/domain"));
        assertEquals(reference.keySet(), copy.keySet(), service + "/rules/domain: files differ");
        for (String file : reference.keySet()) {
            assertEquals(reference.get(file).replace("org.ipcollab.cases", "org.ipcollab." + name), copy.get(file),
                    service + "/rules/domain/" + file + " drifted");
        }
    }

    /** The rule-file readers copied beside the engine. */
    @ParameterizedTest
    @ValueSource(strings = {"referral-service:referral", "mediation-service:mediation"})
    @DisplayName("the rule-file readers copied into a service equal case-service's but for the package name")
    void readerCopiesAreIdentical(String serviceAndPackage) throws IOException {
        String service = serviceAndPackage.substring(0, serviceAndPackage.indexOf(':'));
        String name = serviceAndPackage.substring(serviceAndPackage.indexOf(':') + 1);
        Path root = RepoPaths.root();
        for (String file : new String[] {"CalendarFiles.java", "JsonFields.java", "TimeLimitFiles.java",
                "RuleFileException.java"}) {
            String reference = Files.readString(root.resolve("case-service/src/main/java/org/ipcollab/cases/rules/"
                    + file));
            String copy = Files.readString(root.resolve(service + "/src/main/java/org/ipcollab/" + name + "/rules/"
                    + file));
            assertEquals(reference.replace("org.ipcollab.cases", "org.ipcollab." + name), copy,
                    service + "/rules/" + file + " drifted");
        }
    }

    /** notification-service keeps only the working-day calendar part of the engine, under {@code calendar.domain}. */
    @org.junit.jupiter.api.Test
    @DisplayName("notification-service's working-day calendar classes equal case-service's but for the package name")
    void notificationCalendarCopyIsIdentical() throws IOException {
        Path root = RepoPaths.root();
        Map<String, String> copy = read(root.resolve(
                "notification-service/src/main/java/org/ipcollab/notification/calendar/domain"));
        Map<String, String> reference = read(root.resolve("case-service/src/main/java/org/ipcollab/cases/rules/domain"));
        assertEquals(6, copy.size(), "the calendar subset: " + copy.keySet());
        for (Map.Entry<String, String> file : copy.entrySet()) {
            assertEquals(reference.get(file.getKey()).replace("org.ipcollab.cases.rules.domain",
                    "org.ipcollab.notification.calendar.domain"), file.getValue(),
                    "notification-service/calendar/domain/" + file.getKey() + " drifted");
        }
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(f -> f.toString().endsWith(".java")).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }

}
