package org.ipcollab.cases.timeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ipcollab.cases.timeline.domain.ChainVerdict.BreakReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HashChainTest {
    static final UUID CASE = UUID.fromString("97ce77b4-3764-4f7e-afdc-47decc0383bf");
    static final TimelineActor OFFICER = new TimelineActor("amr-officer-01", "regulator", "500155-amr");
    static final Instant T0 = Instant.parse("2026-11-23T06:00:00.123456789Z");

    /** Filed, then three changes: four entries, seq 1–4. */
    static List<TimelineEntry> aChainOfFour() {
        List<TimelineEntry> chain = new ArrayList<>();
        TimelineEntry head = null;
        String[][] steps = {
                {"CASE_FILED", "登记案件", "Case filed", null, "{\"status\":\"FILED\"}"},
                {"CASE_OPENED", "立案", "Case opened", "{\"status\":\"FILED\"}", "{\"status\":\"OPENED\"}"},
                {"INVESTIGATION_STARTED", "开始调查", "Investigation started", "{\"status\":\"OPENED\"}",
                        "{\"status\":\"INVESTIGATING\"}"},
                {"PENALTY_DECIDED", "作出处罚决定", "Penalty decided", "{\"status\":\"INVESTIGATING\"}",
                        "{\"fine\":50000,\"status\":\"DECIDED\"}"}};
        for (int i = 0; i < steps.length; i++) {
            String[] s = steps[i];
            head = HashChain.append(head, UUID.randomUUID(), CASE, T0.plusSeconds(3600L * i), OFFICER, s[0], s[1], s[2],
                    s[3], s[4]);
            chain.add(head);
        }
        return chain;
    }

    static TimelineEntry withSummaryZh(TimelineEntry e, String summaryZh) {
        return new TimelineEntry(e.id(), e.caseId(), e.seq(), e.occurredAt(), e.actor(), e.actorRole(),
                e.actorDepartment(), e.action(), summaryZh, e.summaryEn(), e.before(), e.after(), e.previousHash(),
                e.hash());
    }

    static ChainVerdict.Broken broken(ChainVerdict verdict) {
        return assertInstanceOf(ChainVerdict.Broken.class, verdict);
    }

    @Test
    @DisplayName("an untouched chain is intact; the first entry starts from 64 zeros and each links to the one before")
    void intact() {
        List<TimelineEntry> chain = aChainOfFour();
        ChainVerdict.Intact verdict = assertInstanceOf(ChainVerdict.Intact.class, HashChain.verify(chain));
        assertEquals(4, verdict.entries());
        assertEquals(chain.get(3).hash(), verdict.headHash());
        assertEquals(HashChain.GENESIS, chain.get(0).previousHash());
        assertEquals("0".repeat(64), HashChain.GENESIS);
        for (int i = 1; i < chain.size(); i++) {
            assertEquals(i + 1, chain.get(i).seq());
            assertEquals(chain.get(i - 1).hash(), chain.get(i).previousHash());
        }
        assertEquals(64, chain.get(0).hash().length());
        assertEquals(chain.get(0).hash(), chain.get(0).hash().toLowerCase());
        assertInstanceOf(ChainVerdict.Intact.class, HashChain.verify(List.of()));
    }

    @Test
    @DisplayName("the time is hashed and kept to the microsecond, as PostgreSQL stores it")
    void microseconds() {
        TimelineEntry e = aChainOfFour().get(0);
        assertEquals(Instant.parse("2026-11-23T06:00:00.123456Z"), e.occurredAt());
        TimelineEntry asRead = new TimelineEntry(e.id(), e.caseId(), e.seq(), Instant.parse("2026-11-23T06:00:00.123456Z"),
                e.actor(), e.actorRole(), e.actorDepartment(), e.action(), e.summaryZh(), e.summaryEn(), e.before(),
                e.after(), e.previousHash(), e.hash());
        assertEquals(e.hash(), HashChain.hashOf(asRead));
    }

    @Test
    @DisplayName("the hash is pinned: the same content gives the same hex digest on every platform")
    void pinned() {
        TimelineEntry e = HashChain.append(null, UUID.randomUUID(), CASE, T0, OFFICER, "CASE_FILED", "登记案件",
                "Case filed", null, "{\"status\":\"FILED\"}");
        String serialisation = "ipcollab-timeline-v1\n36:" + CASE + "\n1:1\n27:2026-11-23T06:00:00.123456Z\n"
                + "14:amr-officer-01\n9:regulator\n10:500155-amr\n10:CASE_FILED\n12:登记案件\n10:Case filed\n-\n"
                + "18:{\"status\":\"FILED\"}\n64:" + HashChain.GENESIS + "\n";
        assertEquals(sha256(serialisation), e.hash());
        // the same serialisation hashed by Python's hashlib, independently of this code
        assertEquals("d8349c579ac93cd29c0af5d90235bbb0dd8775873b7477de7b45dd4b2f05f4fc", e.hash());
    }

    @Test
    @DisplayName("fields cannot trade characters: moving text from one field to the next changes the hash")
    void unambiguous() {
        TimelineEntry a = HashChain.append(null, UUID.randomUUID(), CASE, T0, OFFICER, "CASE_FILED", "登记案件",
                "Case filed", null, "{}");
        TimelineEntry b = HashChain.append(null, UUID.randomUUID(), CASE, T0, OFFICER, "CASE_FILED", "登记案件\n10:Case",
                " filed", null, "{}");
        TimelineEntry noBefore = HashChain.append(null, UUID.randomUUID(), CASE, T0, OFFICER, "CASE_FILED", "登记案件",
                "Case filed", "null", "{}");
        assertNotEquals(a.hash(), b.hash());
        assertNotEquals(a.hash(), noBefore.hash());
    }

    @Test
    @DisplayName("a summary changed after the fact names that entry: hash mismatch")
    void changedSummary() {
        List<TimelineEntry> chain = new ArrayList<>(aChainOfFour());
        chain.set(2, withSummaryZh(chain.get(2), "未开始调查"));
        ChainVerdict.Broken verdict = broken(HashChain.verify(chain));
        assertEquals(3, verdict.seq());
        assertEquals(chain.get(2).id(), verdict.entryId());
        assertEquals(BreakReason.HASH_MISMATCH, verdict.reason());
    }

    @Test
    @DisplayName("a changed entry whose hash was recomputed is caught at the next entry: previous-hash mismatch")
    void rehashedEntry() {
        List<TimelineEntry> chain = new ArrayList<>(aChainOfFour());
        TimelineEntry changed = withSummaryZh(chain.get(1), "不予立案");
        changed = new TimelineEntry(changed.id(), changed.caseId(), changed.seq(), changed.occurredAt(), changed.actor(),
                changed.actorRole(), changed.actorDepartment(), changed.action(), changed.summaryZh(),
                changed.summaryEn(), changed.before(), changed.after(), changed.previousHash(), HashChain.hashOf(changed));
        chain.set(1, changed);
        ChainVerdict.Broken verdict = broken(HashChain.verify(chain));
        assertEquals(3, verdict.seq());
        assertEquals(BreakReason.PREVIOUS_HASH_MISMATCH, verdict.reason());
    }

    @Test
    @DisplayName("a removed entry names the gap: the entry found where the missing one belongs")
    void removedEntry() {
        List<TimelineEntry> chain = new ArrayList<>(aChainOfFour());
        TimelineEntry third = chain.get(2);
        chain.remove(1);
        ChainVerdict.Broken verdict = broken(HashChain.verify(chain));
        assertEquals(3, verdict.seq());
        assertEquals(third.id(), verdict.entryId());
        assertEquals(BreakReason.SEQUENCE_GAP, verdict.reason());
        assertEquals("expected entry 2 but found entry 3; entry 2 is missing", verdict.detail());

        List<TimelineEntry> withoutFirst = aChainOfFour().subList(1, 4);
        ChainVerdict.Broken first = broken(HashChain.verify(withoutFirst));
        assertEquals(2, first.seq());
        assertEquals(BreakReason.SEQUENCE_GAP, first.reason());
    }

    @Test
    @DisplayName("entries in the wrong order are named: out of order in the list, or seq numbers swapped in the store")
    void reordered() {
        List<TimelineEntry> chain = new ArrayList<>(aChainOfFour());
        TimelineEntry second = chain.get(1);
        TimelineEntry third = chain.get(2);
        List<TimelineEntry> swapped = new ArrayList<>(List.of(chain.get(0), third, second, chain.get(3)));
        ChainVerdict.Broken inList = broken(HashChain.verify(swapped));
        assertEquals(3, inList.seq());
        assertEquals(BreakReason.SEQUENCE_GAP, inList.reason());

        // Someone swaps the seq values of entries 2 and 3, so reading "order by seq" gives them swapped.
        TimelineEntry thirdAsSecond = withSeq(third, 2);
        TimelineEntry secondAsThird = withSeq(second, 3);
        ChainVerdict.Broken inStore = broken(HashChain.verify(List.of(chain.get(0), thirdAsSecond, secondAsThird,
                chain.get(3))));
        assertEquals(2, inStore.seq());
        assertEquals(third.id(), inStore.entryId());
        assertEquals(BreakReason.PREVIOUS_HASH_MISMATCH, inStore.reason());

        ChainVerdict.Broken duplicate = broken(HashChain.verify(List.of(chain.get(0), chain.get(1), chain.get(1))));
        assertEquals(2, duplicate.seq());
        assertEquals(BreakReason.SEQUENCE_OUT_OF_ORDER, duplicate.reason());
    }

    @Test
    @DisplayName("an entry of another case cannot be chained onto this case's head")
    void otherCase() {
        TimelineEntry head = aChainOfFour().get(3);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> HashChain.append(head,
                UUID.randomUUID(), UUID.randomUUID(), T0, OFFICER, "CASE_OPENED", "立案", "Case opened", null, "{}"));
    }

    static TimelineEntry withSeq(TimelineEntry e, int seq) {
        return new TimelineEntry(e.id(), e.caseId(), seq, e.occurredAt(), e.actor(), e.actorRole(), e.actorDepartment(),
                e.action(), e.summaryZh(), e.summaryEn(), e.before(), e.after(), e.previousHash(), e.hash());
    }

    static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
