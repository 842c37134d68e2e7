package org.ipcollab.cases.rules;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The table {@code legal_rule_document} ({@code V6__legal_rule_documents.sql}): the append-only history of rule
 * documents loaded by administrators. Every method runs in the caller's transaction.
 */
@ApplicationScoped
public class RuleDocuments {
    private static final String COLUMNS = "id, kind, rule_key, document, loaded_by, loaded_by_district,"
            + " loaded_at, reason";

    @Inject
    EntityManager em;

    /**
     * Makes loads queue, one at a time across all replicas, until the caller's transaction ends: a load checks the
     * new document against the documents in force, and two loads checked side by side could each pass alone and
     * together leave two threshold rule sets in force on one day.
     */
    @Transactional(TxType.MANDATORY)
    public void lockForLoad() {
        // Two int keys: apart from the single-key locks (the outbox relay's) and from case_timeline's space.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('legal_rule_document'), 0)").getSingleResult();
    }

    /** The newest document per (kind, key): the loaded rules in force. */
    @Transactional(TxType.MANDATORY)
    public List<RuleDocument> latest() {
        return select("select distinct on (kind, rule_key) " + COLUMNS + " from legal_rule_document"
                + " order by kind, rule_key, id desc", null, null);
    }

    /** Every load, newest first, optionally of one kind. */
    @Transactional(TxType.MANDATORY)
    public List<RuleDocument> history(RuleDocumentKind kind) {
        return kind == null
                ? select("select " + COLUMNS + " from legal_rule_document order by id desc", null, null)
                : select("select " + COLUMNS + " from legal_rule_document where kind = :p order by id desc", "p",
                        kind.name());
    }

    @Transactional(TxType.MANDATORY)
    public Optional<RuleDocument> byId(long id) {
        return select("select " + COLUMNS + " from legal_rule_document where id = :p", "p", id).stream().findFirst();
    }

    /** Appends a document; the database sets its id and {@code loaded_at}. */
    @Transactional(TxType.MANDATORY)
    public RuleDocument insert(RuleDocumentKind kind, String key, String json, String loadedBy,
            String loadedByDistrict, String reason) {
        Object[] row = (Object[]) em.createNativeQuery("insert into legal_rule_document (kind, rule_key, document,"
                + " loaded_by, loaded_by_district, reason) values (:kind, :key, :json, :by, :district, :reason)"
                + " returning id, loaded_at")
                .setParameter("kind", kind.name())
                .setParameter("key", key)
                .setParameter("json", json)
                .setParameter("by", loadedBy)
                .setParameter("district", loadedByDistrict)
                .setParameter("reason", reason)
                .getSingleResult();
        return new RuleDocument(((Number) row[0]).longValue(), kind, key, json, loadedBy, loadedByDistrict,
                instant(row[1]), reason);
    }

    @SuppressWarnings("unchecked")
    private List<RuleDocument> select(String sql, String parameter, Object value) {
        var query = em.createNativeQuery(sql);
        if (parameter != null) {
            query.setParameter(parameter, value);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new RuleDocument(((Number) r[0]).longValue(),
                RuleDocumentKind.valueOf((String) r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                instant(r[6]), (String) r[7])).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + (value == null ? null : value.getClass()));
    }
}
