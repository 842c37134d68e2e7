package org.ipcollab.cases.timeline.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * 哈希链 — the hash chain that makes a case's record tamper-evident.
 *
 * <p>{@code hash = lowercase hex SHA-256 of the UTF-8 bytes of} the canonical serialisation:
 * <pre>
 * ipcollab-timeline-v1\n
 * then for each field, in this order: caseId, seq, occurredAt, actor, actorRole, actorDepartment, action,
 * summaryZh, summaryEn, before, after, previousHash —
 *   "&lt;number of UTF-8 bytes&gt;:&lt;value&gt;\n"  for a value,   "-\n"  for null (only {@code before} may be null)
 * </pre>
 * The length prefix makes the serialisation unambiguous whatever the fields contain (newlines, colons, digits).
 * {@code caseId} is the lowercase UUID, {@code seq} a decimal, {@code occurredAt} ISO-8601 in UTC with exactly six
 * fraction digits ({@code 2026-11-23T06:00:00.123456Z}, truncated to microseconds because PostgreSQL keeps no more),
 * {@code before} and {@code after} canonical JSON text (keys sorted, numbers plain) made by the caller. The first
 * entry's {@code previousHash} is {@link #GENESIS} (64 zeros). The entry id is a surrogate key and not hashed.
 */
public final class HashChain {
    /** The previous hash of a case's first entry. */
    public static final String GENESIS = "0".repeat(64);

    static final String VERSION = "ipcollab-timeline-v1";

    private static final DateTimeFormatter MICROS_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private HashChain() {
    }

    /** The instant as it is stored and hashed: truncated to microseconds. */
    public static Instant storedPrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The entry that follows {@code head} (or the first entry when {@code head} is null), with its hash.
     *
     * @param before canonical JSON of the state before, or null
     * @param after  canonical JSON of the state after
     */
    public static TimelineEntry append(TimelineEntry head, UUID id, UUID caseId, Instant occurredAt, TimelineActor actor,
            String action, String summaryZh, String summaryEn, String before, String after) {
        if (head != null && !head.caseId().equals(caseId)) {
            throw new IllegalArgumentException("the head entry belongs to case " + head.caseId() + ", not " + caseId);
        }
        int seq = head == null ? 1 : head.seq() + 1;
        String previousHash = head == null ? GENESIS : head.hash();
        Instant at = storedPrecision(occurredAt);
        String hash = hash(caseId, seq, at, actor.subject(), actor.role(), actor.department(), action, summaryZh,
                summaryEn, before, after, previousHash);
        return new TimelineEntry(id, caseId, seq, at, actor.subject(), actor.role(), actor.department(), action,
                summaryZh, summaryEn, before, after, previousHash, hash);
    }

    /** The hash the entry's content gives (whatever hash it carries). */
    public static String hashOf(TimelineEntry e) {
        return hash(e.caseId(), e.seq(), e.occurredAt(), e.actor(), e.actorRole(), e.actorDepartment(), e.action(),
                e.summaryZh(), e.summaryEn(), e.before(), e.after(), e.previousHash());
    }

    static String hash(UUID caseId, int seq, Instant occurredAt, String actor, String actorRole, String actorDepartment,
            String action, String summaryZh, String summaryEn, String before, String after, String previousHash) {
        StringBuilder s = new StringBuilder(VERSION).append('\n');
        for (String field : new String[] {caseId.toString(), Integer.toString(seq),
                MICROS_UTC.format(storedPrecision(occurredAt)), actor, actorRole, actorDepartment, action, summaryZh,
                summaryEn, before, after, previousHash}) {
            if (field == null) {
                s.append("-\n");
            } else {
                s.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append('\n');
            }
        }
        return sha256Hex(s.toString());
    }

    /**
     * Checks a case's entries in the order given (the store gives them by {@code seq}): the sequence runs 1, 2, 3…
     * without gaps, each entry's previous hash is its predecessor's hash (the first's is {@link #GENESIS}), and each
     * entry's content gives its hash. Returns the first entry that fails, or {@link ChainVerdict.Intact}.
     */
    public static ChainVerdict verify(List<TimelineEntry> entries) {
        int n = entries.size();
        TimelineEntry previous = null;
        for (int i = 0; i < n; i++) {
            TimelineEntry e = entries.get(i);
            int expected = i + 1;
            if (e.seq() > expected) {
                return new ChainVerdict.Broken(n, e.seq(), e.id(), ChainVerdict.BreakReason.SEQUENCE_GAP,
                        "expected entry " + expected + " but found entry " + e.seq()
                                + (e.seq() == expected + 1 ? "; entry " + expected + " is missing"
                                        : "; entries " + expected + "–" + (e.seq() - 1) + " are missing"));
            }
            if (e.seq() < expected) {
                return new ChainVerdict.Broken(n, e.seq(), e.id(), ChainVerdict.BreakReason.SEQUENCE_OUT_OF_ORDER,
                        "expected entry " + expected + " but found entry " + e.seq() + " again or out of order");
            }
            String expectedPrevious = previous == null ? GENESIS : previous.hash();
            if (!expectedPrevious.equals(e.previousHash())) {
                return new ChainVerdict.Broken(n, e.seq(), e.id(), ChainVerdict.BreakReason.PREVIOUS_HASH_MISMATCH,
                        previous == null ? "the first entry does not start from the genesis hash"
                                : "its previous hash is not the hash of entry " + previous.seq());
            }
            if (!hashOf(e).equals(e.hash())) {
                return new ChainVerdict.Broken(n, e.seq(), e.id(), ChainVerdict.BreakReason.HASH_MISMATCH,
                        "its content does not give its stored hash: the entry was changed after it was written");
            }
            previous = e;
        }
        return new ChainVerdict.Intact(n, previous == null ? null : previous.hash());
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
