package org.ipcollab.mediation.mediation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ipcollab.mediation.mediation.domain.ClockKind;
import org.ipcollab.mediation.mediation.domain.Mediation;
import org.ipcollab.mediation.mediation.domain.MediationRefused;
import org.ipcollab.mediation.mediation.domain.MediationStatus;
import org.ipcollab.mediation.mediation.domain.TermKind;
import org.ipcollab.mediation.mediation.domain.Values.Party;
import org.ipcollab.mediation.mediation.domain.Values.Term;
import org.ipcollab.mediation.rules.MediationRules;
import org.ipcollab.mediation.rules.domain.Extension;
import org.ipcollab.mediation.rules.domain.ExtensionAuthority;
import org.ipcollab.mediation.rules.domain.PeriodUnit;
import org.ipcollab.mediation.rules.domain.StatutoryClock;
import org.ipcollab.mediation.rules.domain.WorkingDayCalendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Stores a mediation as parts: the {@code mediation} row (scalar columns for queries, the rest of the state as JSON
 * text), {@code mediation_party}, {@code mediation_term} (performance tracking) and {@code mediation_clock} (one row
 * per clock, restored under the rule version in force on its start date). Optimistic locking on {@code version}.
 */
@ApplicationScoped
public class MediationRepository {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    EntityManager em;

    @Inject
    MediationRules rules;

    record ExtensionRow(ExtensionAuthority authority, int amount, PeriodUnit unit, String reference, String grantedAt) {
    }

    /** A loaded mediation and the version it was read at. */
    public record Loaded(Mediation mediation, long version) {
    }

    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<Loaded> find(UUID id, boolean forUpdate) {
        List<Object[]> rows = em.createNativeQuery("select details, version from mediation where id = :id"
                + (forUpdate ? " for update" : "")).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Mediation.State stored = read((String) rows.get(0)[0], Mediation.State.class);
        List<Object[]> termRows = em.createNativeQuery("select seq, kind, description, amount_yuan, perform_by,"
                + " performed_at, performed_note from mediation_term where mediation_id = :id order by seq")
                .setParameter("id", id).getResultList();
        List<Term> terms = new ArrayList<>();
        for (Object[] t : termRows) {
            terms.add(new Term(((Number) t[0]).intValue(), TermKind.valueOf((String) t[1]), (String) t[2], (String) t[3],
                    t[4].toString(), t[5] == null ? null : WorkingDayCalendar.legalDate(instant(t[5])).toString(), (String) t[6]));
        }
        Mediation.State state = new Mediation.State(stored.id(), stored.caseId(), stored.district(), stored.kind(),
                stored.requesterKind(), stored.requesterDepartment(), stored.requesterUser(), stored.courtDepartment(),
                stored.title(), stored.ipKind(), stored.status(), stored.parties(), stored.organisationId(),
                stored.mediatorId(), stored.mediatorUser(), stored.requestedAt(), stored.appointedAt(),
                stored.acceptedAt(), stored.fileSignedAt(), stored.sessions(), stored.agreementVersion(), terms,
                stored.signatures(), stored.sealedBy(), stored.effectiveAt(), stored.failureReason(),
                stored.applications(), stored.confirmationCourt(), stored.courtBasis(), stored.confirmationAppliedAt(),
                stored.confirmationAcceptedAt(), stored.confirmationDecidedAt(), stored.confirmationReason(),
                stored.enforceable());
        return Optional.of(new Loaded(Mediation.restore(state, clocks(id)), ((Number) rows.get(0)[1]).longValue()));
    }

    @Transactional(TxType.MANDATORY)
    public void insert(Mediation m, Instant now) {
        Mediation.State s = m.state();
        em.createNativeQuery("insert into mediation (id, version, case_id, district, kind, requester_kind,"
                + " requester_department, requester_user, court_department, title, ip_kind, status, organisation_id,"
                + " mediator_id, requested_at, details, updated_at) values (:id, 0, :caseId, :district, :kind, :rk, :rd,"
                + " :ru, :court, :title, :ip, :status, :org, :mediator, :requestedAt, :details, :now)")
                .setParameter("id", s.id()).setParameter("caseId", s.caseId()).setParameter("district", s.district())
                .setParameter("kind", s.kind().name()).setParameter("rk", s.requesterKind().name())
                .setParameter("rd", s.requesterDepartment()).setParameter("ru", s.requesterUser())
                .setParameter("court", s.courtDepartment()).setParameter("title", s.title())
                .setParameter("ip", s.ipKind()).setParameter("status", s.status().name())
                .setParameter("org", s.organisationId()).setParameter("mediator", s.mediatorId())
                .setParameter("requestedAt", Instant.parse(s.requestedAt())).setParameter("details", details(s))
                .setParameter("now", now).executeUpdate();
        for (Party p : s.parties()) {
            em.createNativeQuery("insert into mediation_party (mediation_id, user_id, side) values (:id, :user, :side)")
                    .setParameter("id", s.id()).setParameter("user", p.userId()).setParameter("side", p.side().name())
                    .executeUpdate();
        }
        saveParts(m, now);
    }

    /** Writes the changed mediation; 409 when someone else changed it since it was read. */
    @Transactional(TxType.MANDATORY)
    public void update(Mediation m, long version, Instant now) {
        Mediation.State s = m.state();
        int updated = em.createNativeQuery("update mediation set version = version + 1, status = :status,"
                + " organisation_id = :org, mediator_id = :mediator, details = :details, updated_at = :now"
                + " where id = :id and version = :version")
                .setParameter("status", s.status().name()).setParameter("org", s.organisationId())
                .setParameter("mediator", s.mediatorId()).setParameter("details", details(s)).setParameter("now", now)
                .setParameter("id", s.id()).setParameter("version", version).executeUpdate();
        if (updated != 1) {
            throw new MediationRefused("stale", false, "the mediation was changed by someone else; read it again");
        }
        saveParts(m, now);
    }

    private void saveParts(Mediation m, Instant now) {
        Mediation.State s = m.state();
        if (s.status() == MediationStatus.MEDIATING || s.status() == MediationStatus.AGREEMENT_DRAFTED) {
            // before the agreement takes effect its terms are replaced with each new version
            em.createNativeQuery("delete from mediation_term where mediation_id = :id").setParameter("id", s.id())
                    .executeUpdate();
        }
        for (Term t : s.terms()) {
            LocalDate performBy = LocalDate.parse(t.performBy());
            em.createNativeQuery("insert into mediation_term (mediation_id, seq, kind, description, amount_yuan,"
                    + " perform_by, due_at, performed_at, performed_note) values (:id, :seq, :kind, :description, :amount,"
                    + " :performBy, :dueAt, :performedAt, :note) on conflict (mediation_id, seq) do update set"
                    + " performed_at = excluded.performed_at, performed_note = excluded.performed_note")
                    .setParameter("id", s.id()).setParameter("seq", t.seq()).setParameter("kind", t.kind().name())
                    .setParameter("description", t.description()).setParameter("amount", t.amountYuan())
                    .setParameter("performBy", performBy).setParameter("dueAt", WorkingDayCalendar.endOf(performBy))
                    .setParameter("performedAt", t.performedAt() == null ? null
                            : LocalDate.parse(t.performedAt()).atStartOfDay(WorkingDayCalendar.LEGAL_ZONE).toInstant())
                    .setParameter("note", t.performedNote()).executeUpdate();
        }
        WorkingDayCalendar calendar = rules.calendar().provisional();
        for (Map.Entry<ClockKind, StatutoryClock> e : m.clocks().entrySet()) {
            StatutoryClock c = e.getValue();
            Instant due = c.read(calendar, now.isBefore(c.startedAt()) ? c.startedAt() : now).dueAt();
            em.createNativeQuery("insert into mediation_clock (mediation_id, kind, rule_id, started_at, extensions,"
                    + " stopped_at, due_at) values (:id, :kind, :rule, :started, :extensions, :stopped, :due)"
                    + " on conflict (mediation_id, kind) do update set rule_id = excluded.rule_id,"
                    + " started_at = excluded.started_at, extensions = excluded.extensions,"
                    + " stopped_at = excluded.stopped_at, due_at = excluded.due_at")
                    .setParameter("id", s.id()).setParameter("kind", e.getKey().name()).setParameter("rule", c.rule().id())
                    .setParameter("started", c.startedAt())
                    .setParameter("extensions", write(c.extensions().stream().map(x -> new ExtensionRow(x.authority(),
                            x.amount(), x.unit(), x.reference(), x.grantedAt().toString())).toList()))
                    .setParameter("stopped", c.stoppedAt()).setParameter("due", due).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<ClockKind, StatutoryClock> clocks(UUID id) {
        List<Object[]> rows = em.createNativeQuery("select kind, rule_id, started_at, extensions, stopped_at"
                + " from mediation_clock where mediation_id = :id").setParameter("id", id).getResultList();
        Map<ClockKind, StatutoryClock> clocks = new EnumMap<>(ClockKind.class);
        for (Object[] r : rows) {
            Instant started = instant(r[2]);
            var rule = rules.timeLimits().inForce((String) r[1], WorkingDayCalendar.legalDate(started));
            List<Extension> extensions = read((String) r[3], new TypeReference<List<ExtensionRow>>() {
            }).stream().map(x -> new Extension(x.authority(), x.amount(), x.unit(), x.reference(),
                    Instant.parse(x.grantedAt()))).toList();
            clocks.put(ClockKind.valueOf((String) r[0]),
                    StatutoryClock.restore(rule, started, List.of(), extensions, r[4] == null ? null : instant(r[4])));
        }
        return clocks;
    }

    /** Ids of the mediations the caller may see (newest first). */
    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<UUID> visible(String where, Map<String, Object> params, int page, int size) {
        var q = em.createNativeQuery("select cast(m.id as text) from mediation m where " + where
                + " order by m.requested_at desc, m.id limit :size offset :offset");
        params.forEach(q::setParameter);
        q.setParameter("size", size).setParameter("offset", page * size);
        return ((List<String>) q.getResultList()).stream().map(UUID::fromString).toList();
    }

    /**
     * Terms of agreements in effect past their deadline, not performed and not yet reported, locked for this
     * transaction (terms of a draft that never took effect are never overdue).
     */
    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Object[]> overdueTerms(Instant now, int limit) {
        return em.createNativeQuery("select cast(t.mediation_id as text), t.seq from mediation_term t"
                + " join mediation m on m.id = t.mediation_id and m.status in ('AGREEMENT_EFFECTIVE',"
                + " 'CONFIRMATION_APPLIED', 'CONFIRMATION_ACCEPTED', 'CONFIRMED', 'CONFIRMATION_REFUSED')"
                + " where t.performed_at is null and t.overdue_notified_at is null and t.due_at < :now"
                + " order by t.due_at limit :limit for update of t skip locked")
                .setParameter("now", now).setParameter("limit", limit).getResultList();
    }

    @Transactional(TxType.MANDATORY)
    public void markTermOverdueNotified(UUID id, int seq, Instant now) {
        em.createNativeQuery("update mediation_term set overdue_notified_at = :now where mediation_id = :id and seq = :seq")
                .setParameter("now", now).setParameter("id", id).setParameter("seq", seq).executeUpdate();
    }

    private static String details(Mediation.State s) {
        return write(s);
    }

    static Instant instant(Object value) {
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

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write mediation JSON", e);
        }
    }

    private static <T> T read(String text, Class<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read mediation JSON", e);
        }
    }

    private static <T> T read(String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read mediation JSON", e);
        }
    }
}
