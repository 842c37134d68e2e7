package org.ipcollab.cases.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.timeline.domain.HashChain;
import org.ipcollab.cases.timeline.domain.TimelineActor;
import org.ipcollab.cases.timeline.domain.TimelineEntry;

/**
 * 执法全过程记录 — appends entries to a case's hash-chained record in the caller's transaction, so a change of a case,
 * its outbox row and its record entry commit or roll back together; reads the record back for display and
 * {@link HashChain#verify verification}. The table {@code case_timeline_entry} refuses UPDATE, DELETE and TRUNCATE
 * (trigger in {@code V3__case_timeline.sql}).
 */
@ApplicationScoped
public class CaseTimeline {
    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CanonicalJson canonical;

    Clock clock = Clock.systemUTC();

    /**
     * Records a change of a case made by the calling user (subject, first role and department from the token).
     *
     * @param action an English code, e.g. {@code CASE_FILED}
     * @param before the case's state before the change (a record or map), or null when there was none
     * @param after  the case's state after the change
     */
    @Transactional(TxType.MANDATORY)
    public TimelineEntry append(UUID caseId, String action, String summaryZh, String summaryEn, Object before,
            Object after) {
        return append(callerActor(), caseId, action, summaryZh, summaryEn, before, after);
    }

    /**
     * Records the first entry of a case whose row this transaction inserted: no other transaction can see that case
     * before commit (the entry's foreign key waits for the row), so neither the per-case lock nor a read of the head is
     * needed; {@code unique (case_id, seq)} still refuses a second first entry.
     */
    @Transactional(TxType.MANDATORY)
    public TimelineEntry appendFirst(UUID caseId, String action, String summaryZh, String summaryEn, Object after) {
        TimelineEntry entry = HashChain.append(null, UUID.randomUUID(), caseId, Instant.now(clock), callerActor(),
                action, summaryZh, summaryEn, null, canonical.of(after));
        insert(entry);
        return entry;
    }

    /** Records a change made by {@code actor}, for changes without a calling user (e.g. a clock falling due). */
    @Transactional(TxType.MANDATORY)
    public TimelineEntry append(TimelineActor actor, UUID caseId, String action, String summaryZh, String summaryEn,
            Object before, Object after) {
        // One appender per case at a time, until commit: two concurrent appends cannot both extend the same head.
        // Advisory locks with two int keys live apart from the single-key ones (the outbox relay's lock).
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('case_timeline'), hashtext(cast(:caseId as text)))")
                .setParameter("caseId", caseId.toString())
                .getSingleResult();
        TimelineEntry head = head(caseId);
        TimelineEntry entry = HashChain.append(head, UUID.randomUUID(), caseId, Instant.now(clock), actor, action,
                summaryZh, summaryEn, canonical.of(before), canonical.of(after));
        insert(entry);
        return entry;
    }

    private TimelineActor callerActor() {
        return new TimelineActor(caller.subject(), caller.role(), caller.department());
    }

    private void insert(TimelineEntry entry) {
        em.createNativeQuery("insert into case_timeline_entry (id, case_id, seq, occurred_at, actor, actor_role,"
                + " actor_department, action, summary_zh, summary_en, before_state, after_state, previous_hash, hash)"
                + " values (:id, :caseId, :seq, :occurredAt, :actor, :actorRole, :actorDepartment, :action, :summaryZh,"
                + " :summaryEn, cast(cast(:before as text) as jsonb), cast(:after as jsonb), :previousHash, :hash)")
                .setParameter("id", entry.id())
                .setParameter("caseId", entry.caseId())
                .setParameter("seq", entry.seq())
                .setParameter("occurredAt", entry.occurredAt())
                .setParameter("actor", entry.actor())
                .setParameter("actorRole", entry.actorRole())
                .setParameter("actorDepartment", entry.actorDepartment())
                .setParameter("action", entry.action())
                .setParameter("summaryZh", entry.summaryZh())
                .setParameter("summaryEn", entry.summaryEn())
                .setParameter("before", entry.before())
                .setParameter("after", entry.after())
                .setParameter("previousHash", entry.previousHash())
                .setParameter("hash", entry.hash())
                .executeUpdate();
    }

    /** A case's entries in {@code seq} order, with their JSON states canonicalised again as they were hashed. */
    @Transactional
    public List<TimelineEntry> entries(UUID caseId) {
        return select("where case_id = :caseId order by seq", caseId);
    }

    private TimelineEntry head(UUID caseId) {
        List<TimelineEntry> last = select("where case_id = :caseId order by seq desc limit 1", caseId);
        return last.isEmpty() ? null : last.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<TimelineEntry> select(String where, UUID caseId) {
        List<Object[]> rows = em.createNativeQuery("select cast(id as text), cast(case_id as text), seq,"
                + " to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), actor, actor_role,"
                + " actor_department, action, summary_zh, summary_en, cast(before_state as text),"
                + " cast(after_state as text), previous_hash, hash from case_timeline_entry " + where)
                .setParameter("caseId", caseId)
                .getResultList();
        return rows.stream().map(r -> new TimelineEntry(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]),
                ((Number) r[2]).intValue(), Instant.parse((String) r[3]), (String) r[4], (String) r[5], (String) r[6],
                (String) r[7], (String) r[8], (String) r[9], canonical.ofText((String) r[10]),
                canonical.ofText((String) r[11]), (String) r[12], (String) r[13])).toList();
    }
}
