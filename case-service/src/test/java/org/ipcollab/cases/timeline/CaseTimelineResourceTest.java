package org.ipcollab.cases.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ipcollab.cases.CaseBodies;
import org.ipcollab.cases.CaseServiceTestProfile;
import org.ipcollab.cases.timeline.domain.ChainVerdict;
import org.ipcollab.cases.timeline.domain.HashChain;
import org.ipcollab.cases.timeline.domain.TimelineActor;
import org.ipcollab.cases.timeline.domain.TimelineEntry;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The case record against the real PostgreSQL. Tests that tamper with a row must get past the append-only trigger:
 * they disable it with {@code alter table … disable trigger} inside their own transaction and enable it again before
 * commit. PostgreSQL's DDL is transactional and the ALTER holds an exclusive lock on the table until commit, so no
 * other session ever sees the trigger disabled. ({@code set local session_replication_role = replica} would also do,
 * but needs a superuser.)
 */
@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class CaseTimelineResourceTest {
    static final String DISTRICT = "500155";

    @Inject
    EntityManager em;

    @Inject
    CaseTimeline timeline;

    static String regulator() {
        return Tokens.token("regulator", "500155-amr", DISTRICT);
    }

    static String fileACase() {
        return given().auth().oauth2(regulator()).contentType(ContentType.JSON)
                .body(CaseBodies.minimal("GEOGRAPHICAL_INDICATION", "销售使用假冒“梁平柚”地理标志包装礼盒的柚子", "500155",
                        "重庆市梁平区某某果品商贸有限公司", "91500155MA60E6XU89"))
                .when().post("/cases")
                .then().statusCode(201).extract().path("id");
    }

    /** Runs {@code sql} in its own transaction with the append-only triggers off for that transaction only. */
    void tamper(String sql, Map<String, Object> parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("alter table case_timeline_entry disable trigger case_timeline_entry_no_update_or_delete")
                    .executeUpdate();
            var query = em.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            assertEquals(1, query.executeUpdate());
            em.createNativeQuery("alter table case_timeline_entry enable trigger case_timeline_entry_no_update_or_delete")
                    .executeUpdate();
        });
    }

    @Test
    @DisplayName("filing a case writes one CASE_FILED entry with the regulator's sub, role and department; the chain is intact")
    void filingStartsTheRecord() {
        String id = fileACase();
        given().auth().oauth2(regulator())
                .when().get("/cases/" + id + "/timeline")
                .then().statusCode(200)
                .body("caseId", equalTo(id))
                .body("entries", hasSize(1))
                .body("entries[0].seq", equalTo(1))
                .body("entries[0].action", equalTo("CASE_FILED"))
                .body("entries[0].actor", equalTo("regulator@500155-amr")) // Tokens: sub = role@dept
                .body("entries[0].actorRole", equalTo("regulator"))
                .body("entries[0].actorDepartment", equalTo("500155-amr"))
                .body("entries[0].summaryZh", matchesPattern("登记案件 500155-amr-\\d{4}-\\d{6}（地理标志）：.*梁平柚.*"))
                .body("entries[0].summaryEn", matchesPattern("Case 500155-amr-\\d{4}-\\d{6} filed \\(.*\\): .*"))
                .body("entries[0].before", nullValue())
                .body("entries[0].after.id", equalTo(id))
                .body("entries[0].after.status", equalTo("FILED"))
                .body("entries[0].after.infringer.creditCode", equalTo("91500155MA60E6XU89"))
                .body("entries[0].previousHash", equalTo(HashChain.GENESIS))
                .body("entries[0].hash", matchesPattern("[0-9a-f]{64}"));

        String hash = given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline")
                .then().extract().path("entries[0].hash");
        given().auth().oauth2(Tokens.token("police", "500155-psb", DISTRICT))
                .when().get("/cases/" + id + "/timeline/verify")
                .then().statusCode(200)
                .body("caseId", equalTo(id))
                .body("intact", equalTo(true))
                .body("entries", equalTo(1))
                .body("headHash", equalTo(hash))
                .body("firstBrokenSeq", nullValue());
    }

    @Test
    @DisplayName("a summary altered directly in the database: verify names seq 1 and the entry's id")
    void alteredRowIsNamed() {
        String id = fileACase();
        String entryId = given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline")
                .then().statusCode(200).extract().path("entries[0].id");

        tamper("update case_timeline_entry set summary_zh = '不予立案' where case_id = :caseId and seq = 1",
                Map.of("caseId", UUID.fromString(id)));

        given().auth().oauth2(regulator())
                .when().get("/cases/" + id + "/timeline/verify")
                .then().statusCode(200)
                .body("caseId", equalTo(id))
                .body("intact", equalTo(false))
                .body("entries", equalTo(1))
                .body("firstBrokenSeq", equalTo(1))
                .body("firstBrokenEntryId", equalTo(entryId))
                .body("reason", equalTo("HASH_MISMATCH"))
                .body("detail", notNullValue())
                .body("headHash", nullValue());
        given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline")
                .then().statusCode(200).body("entries[0].summaryZh", equalTo("不予立案"));
    }

    @Test
    @DisplayName("a state changed in the database is caught too, though jsonb reorders keys when read back")
    void alteredStateIsNamed() {
        String id = fileACase();
        given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline/verify")
                .then().statusCode(200).body("intact", equalTo(true));
        tamper("update case_timeline_entry set after_state = jsonb_set(after_state, '{status}', '\"CLOSED\"')"
                + " where case_id = :caseId and seq = 1", Map.of("caseId", UUID.fromString(id)));
        given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline/verify")
                .then().statusCode(200).body("intact", equalTo(false)).body("firstBrokenSeq", equalTo(1))
                .body("reason", equalTo("HASH_MISMATCH"));
    }

    @Test
    @DisplayName("the application cannot rewrite or remove history: UPDATE, DELETE and TRUNCATE are refused by the trigger")
    void appendOnly() {
        String id = fileACase();
        UUID caseId = UUID.fromString(id);
        for (String sql : new String[] {
                "update case_timeline_entry set summary_zh = '不予立案' where case_id = :caseId",
                "delete from case_timeline_entry where case_id = :caseId"}) {
            Exception e = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery(sql).setParameter("caseId", caseId).executeUpdate()));
            assertTrue(messages(e).contains("append-only"), messages(e));
        }
        Exception truncate = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("truncate case_timeline_entry").executeUpdate()));
        assertTrue(messages(truncate).contains("append-only"), messages(truncate));

        given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline")
                .then().statusCode(200).body("entries", hasSize(1))
                .body("entries[0].summaryZh", matchesPattern("登记案件.*"));
        given().auth().oauth2(regulator()).when().get("/cases/" + id + "/timeline/verify")
                .then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    @DisplayName("another district's regulator gets 404 on the timeline and its verification; no token gets 401")
    void otherDistrict() {
        String id = fileACase();
        String other = Tokens.token("regulator", "511703-amr", "511703");
        given().auth().oauth2(other).when().get("/cases/" + id + "/timeline")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other).when().get("/cases/" + id + "/timeline/verify")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(regulator()).when().get("/cases/" + UUID.randomUUID() + "/timeline")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/cases/" + id + "/timeline")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @DisplayName("concurrent appends to one case queue on the chain head: seq 1…n without fork, and the chain is intact")
    void concurrentAppendsDoNotFork() throws Exception {
        UUID caseId = UUID.fromString(fileACase());
        TimelineActor system = new TimelineActor("system", "system", "500155-amr");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<TimelineEntry>> appends = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                appends.add(() -> QuarkusTransaction.requiringNew().call(() -> timeline.append(system, caseId,
                        "NOTE_ADDED", "备注 " + n, "Note " + n, Map.of("note", n - 1), Map.of("note", n))));
            }
            for (Future<TimelineEntry> f : pool.invokeAll(appends)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<TimelineEntry> entries = QuarkusTransaction.requiringNew().call(() -> timeline.entries(caseId));
        assertEquals(25, entries.size());
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(i + 1, entries.get(i).seq());
        }
        ChainVerdict verdict = HashChain.verify(entries);
        assertTrue(verdict instanceof ChainVerdict.Intact, verdict.toString());
    }

    @Test
    @DisplayName("appending outside a transaction is refused, and an append in a transaction that rolls back leaves nothing")
    void needsTransaction() {
        UUID caseId = UUID.fromString(fileACase());
        TimelineActor system = new TimelineActor("system", "system", "500155-amr");
        assertThrows(RuntimeException.class,
                () -> timeline.append(system, caseId, "NOTE_ADDED", "备注", "Note", null, Map.of("note", 1)));
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            timeline.append(system, caseId, "NOTE_ADDED", "备注", "Note", null, Map.of("note", 1));
            throw new IllegalStateException("the change failed");
        }));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> timeline.entries(caseId)).size());
    }

    static String messages(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            s.append(t.getMessage()).append(" | ");
        }
        return s.toString();
    }
}
