package org.ipcollab.cases.infringement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.ipcollab.cases.CaseServiceTestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class CaseNumbersTest {
    @Inject
    CaseNumbers numbers;

    static String aDepartment() {
        return "500155-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String issue(String department, int year) {
        return QuarkusTransaction.requiringNew().call(() -> numbers.issue(department, year));
    }

    @Test
    @DisplayName("numbers count up per department and restart at 000001 each year")
    void perDepartmentAndYear() {
        String amr = aDepartment();
        String culture = aDepartment();
        assertEquals(amr + "-2026-000001", issue(amr, 2026));
        assertEquals(amr + "-2026-000002", issue(amr, 2026));
        assertEquals(culture + "-2026-000001", issue(culture, 2026));
        assertEquals(amr + "-2027-000001", issue(amr, 2027));
        assertEquals(amr + "-2026-000003", issue(amr, 2026));
    }

    @Test
    @DisplayName("a filing that rolls back gives its number back: no gaps")
    void rollbackLeavesNoGap() {
        String dept = aDepartment();
        assertEquals(dept + "-2026-000001", issue(dept, 2026));
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            numbers.issue(dept, 2026);
            throw new IllegalStateException("the filing failed");
        }));
        assertEquals(dept + "-2026-000002", issue(dept, 2026));
    }

    @Test
    @DisplayName("issuing needs the filing's transaction")
    void needsTransaction() {
        assertThrows(RuntimeException.class, () -> numbers.issue(aDepartment(), 2026));
    }

    @Test
    @DisplayName("twenty concurrent filings of one department get 1..20, each once")
    void concurrent() throws Exception {
        String dept = aDepartment();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Callable<String> task = () -> issue(dept, 2026);
                results.add(pool.submit(task));
            }
            Set<String> issued = new TreeSet<>();
            for (Future<String> f : results) {
                issued.add(f.get());
            }
            Set<String> expected = new TreeSet<>();
            for (int i = 1; i <= 20; i++) {
                expected.add(CaseNumbers.format(dept, 2026, i));
            }
            assertEquals(expected, issued);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("the format is <department>-<yyyy>-<six digits>, wider past 999,999")
    void format() {
        assertEquals("500155-amr-2026-000123", CaseNumbers.format("500155-amr", 2026, 123));
        assertEquals("500155-amr-2026-1234567", CaseNumbers.format("500155-amr", 2026, 1_234_567));
    }
}
