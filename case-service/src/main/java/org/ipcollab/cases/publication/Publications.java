package org.ipcollab.cases.publication;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ipcollab.cases.infringement.domain.RevocationKind;
import org.ipcollab.cases.publication.domain.PublicDecision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code decision_publication} and {@code decision_revocation} tables (V8). The public text is stored as it was
 * published (redacted), so a later change of the redaction list or of the case never alters what was shown.
 */
@ApplicationScoped
public class Publications {
    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** A publication row. {@code withdrawnAt} null while it stands. */
    public record Row(UUID id, UUID caseId, String district, String departmentId, PublicDecision text,
            Instant publishedAt, boolean onTime, boolean smallFine, Instant displayUntil, Instant withdrawnAt,
            String withdrawalReason) {
    }

    @Transactional(TxType.MANDATORY)
    public void insert(UUID id, UUID caseId, PublicDecision text, String redactionId, Instant publishedAt,
            String publishedBy, boolean onTime, boolean smallFine, Instant displayUntil) {
        em.createNativeQuery("insert into decision_publication (id, case_id, district, department_id, document_number,"
                + " public_text, redaction_id, published_at, published_by, on_time, small_fine, display_until)"
                + " values (:id, :caseId, :district, :dept, :doc, cast(:text as jsonb), :redaction, :at, :by, :onTime,"
                + " :small, :until)")
                .setParameter("id", id).setParameter("caseId", caseId).setParameter("district", text.district())
                .setParameter("dept", text.departmentId()).setParameter("doc", text.documentNumber())
                .setParameter("text", write(text)).setParameter("redaction", redactionId)
                .setParameter("at", publishedAt).setParameter("by", publishedBy).setParameter("onTime", onTime)
                .setParameter("small", smallFine).setParameter("until", displayUntil).executeUpdate();
    }

    @Transactional(TxType.MANDATORY)
    public Optional<Row> ofCase(UUID caseId) {
        return rows("where case_id = :p", caseId, 0, 1).stream().findFirst();
    }

    @Transactional(TxType.MANDATORY)
    public void markWithdrawn(UUID id, Instant at, String by, String reason) {
        em.createNativeQuery("update decision_publication set withdrawn_at = :at, withdrawn_by = :by,"
                + " withdrawal_reason = :reason where id = :id and withdrawn_at is null")
                .setParameter("at", at).setParameter("by", by).setParameter("reason", reason).setParameter("id", id)
                .executeUpdate();
    }

    @Transactional(TxType.MANDATORY)
    public boolean revoked(UUID caseId) {
        return ((Number) em.createNativeQuery("select count(*) from decision_revocation where case_id = :id")
                .setParameter("id", caseId).getSingleResult()).longValue() > 0;
    }

    @Transactional(TxType.MANDATORY)
    public void insertRevocation(UUID caseId, RevocationKind kind, String reason, String reference, Instant at,
            String by, boolean wasPublished) {
        em.createNativeQuery("insert into decision_revocation (case_id, kind, reason, reference, recorded_at,"
                + " recorded_by, was_published) values (:id, :kind, :reason, :reference, :at, :by, :published)")
                .setParameter("id", caseId).setParameter("kind", kind.name()).setParameter("reason", reason)
                .setParameter("reference", reference).setParameter("at", at).setParameter("by", by)
                .setParameter("published", wasPublished).executeUpdate();
    }

    /** A publication shown at {@code now}: not withdrawn, within its display window. */
    @Transactional(TxType.MANDATORY)
    public Optional<Row> shown(UUID id, Instant now) {
        return rows("where id = :p and " + SHOWN, id, 0, 1, now).stream().findFirst();
    }

    /** The publications shown at {@code now}, newest first, of {@code district} or of every district (null). */
    @Transactional(TxType.MANDATORY)
    public List<Row> shownList(String district, Instant now, int page, int size) {
        return district == null ? rows("where " + SHOWN, null, page, size, now)
                : rows("where district = :p and " + SHOWN, district, page, size, now);
    }

    @Transactional(TxType.MANDATORY)
    public long shownCount(String district, Instant now) {
        var q = em.createNativeQuery("select count(*) from decision_publication where "
                + (district == null ? "" : "district = :p and ") + SHOWN).setParameter("now", now);
        if (district != null) {
            q.setParameter("p", district);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private static final String SHOWN = "withdrawn_at is null and published_at <= :now and display_until >= :now";

    private List<Row> rows(String where, Object param, int page, int size) {
        return rows(where, param, page, size, null);
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(String where, Object param, int page, int size, Instant now) {
        var q = em.createNativeQuery("select cast(id as text), cast(case_id as text), district, department_id,"
                + " cast(public_text as text), published_at, on_time, small_fine, display_until, withdrawn_at,"
                + " withdrawal_reason from decision_publication " + where
                + " order by published_at desc, id limit :limit offset :offset")
                .setParameter("limit", size).setParameter("offset", (long) page * size);
        if (param != null) {
            q.setParameter("p", param);
        }
        if (now != null) {
            q.setParameter("now", now);
        }
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new Row(UUID.fromString((String) r[0]),
                UUID.fromString((String) r[1]), (String) r[2], (String) r[3], read((String) r[4]), instant(r[5]),
                (Boolean) r[6], (Boolean) r[7], instant(r[8]), r[9] == null ? null : instant(r[9]),
                (String) r[10])).toList();
    }

    private String write(PublicDecision text) {
        try {
            return json.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the public text", e);
        }
    }

    private PublicDecision read(String text) {
        try {
            return json.readValue(text, PublicDecision.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the public text", e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
