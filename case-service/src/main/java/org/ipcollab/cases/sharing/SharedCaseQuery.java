package org.ipcollab.cases.sharing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.ValidationException;

import org.ipcollab.cases.infringement.domain.CaseStatus;
import org.ipcollab.cases.infringement.domain.DecisionOutcome;
import org.ipcollab.cases.infringement.domain.IpKind;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.sharing.domain.Masking;
import org.ipcollab.cases.sharing.domain.SharedEvent;
import org.ipcollab.cases.sharing.domain.SharedField;
import org.ipcollab.cases.sharing.domain.SharingAgreement;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.ForbiddenException;

/**
 * 案件信息共享查询 — a partner district queries the owning district's cases under an agreement in force: masked
 * summaries with only the fields the agreement shares, of its IP kinds, at most {@link #LIMIT}; the query and its
 * result count are written to {@code shared_query_log} in the same transaction (a query that is refused writes nothing).
 */
@ApplicationScoped
public class SharedCaseQuery {
    static final int LIMIT = 100;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    EntityManager em;

    @Inject
    SharingAgreements agreements;

    @Inject
    Caller caller;

    public record Result(String district, UUID agreementId, int count, boolean truncated,
            List<Map<String, Object>> cases) {
    }

    @Transactional
    public Result query(SharedQueryRequest r) {
        String mine = caller.district();
        if (mine.equals(r.district())) {
            throw new ForbiddenException("shared queries are for a partner district's cases; search your own with GET /cases");
        }
        SharingAgreement agreement = agreements.inForce(mine, r.district(), SharedEvent.CASE_QUERY)
                .orElseThrow(() -> new ForbiddenException("区县 " + mine + " 与 " + r.district()
                        + " 之间没有生效的共享协议 / no sharing agreement in force between districts " + mine + " and "
                        + r.district()));
        if (!r.hasIdentifier()) {
            throw new ValidationException("give at least one of creditCode, infringerName, goods");
        }
        if (r.filedFrom() != null && r.filedTo() != null && r.filedTo().isBefore(r.filedFrom())) {
            throw new ValidationException("filedTo is before filedFrom");
        }
        Set<IpKind> kinds = agreement.ipKinds();
        if (r.ipKind() != null && !kinds.contains(r.ipKind())) {
            throw new ForbiddenException("the agreement does not share " + r.ipKind() + " cases");
        }
        StringBuilder sql = new StringBuilder("select cast(id as text), department_id, ip_kind, infringer_kind,"
                + " infringer_name, infringer_credit_code, case_number, status, infringing_act, goods, filed_at,"
                + " decision from ip_case where district = :district and ip_kind in (:kinds)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("district", r.district());
        params.put("kinds", r.ipKind() != null ? List.of(r.ipKind().name())
                : kinds.stream().map(Enum::name).toList());
        if (r.creditCode() != null) {
            sql.append(" and infringer_credit_code = :cc");
            params.put("cc", r.creditCode().strip().toUpperCase());
        }
        if (r.infringerName() != null) {
            sql.append(" and infringer_name ilike :name escape '\\'");
            params.put("name", "%" + like(r.infringerName().strip()) + "%");
        }
        if (r.goods() != null) {
            sql.append(" and goods ilike :goods escape '\\'");
            params.put("goods", "%" + like(r.goods().strip()) + "%");
        }
        if (r.filedFrom() != null) {
            sql.append(" and filed_at >= :from");
            params.put("from", r.filedFrom().atStartOfDay(BEIJING).toInstant());
        }
        if (r.filedTo() != null) {
            sql.append(" and filed_at < :to");
            params.put("to", r.filedTo().plusDays(1).atStartOfDay(BEIJING).toInstant());
        }
        sql.append(" order by filed_at desc limit ").append(LIMIT + 1);
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        boolean truncated = rows.size() > LIMIT;
        List<Map<String, Object>> cases = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(rows.size(), LIMIT))) {
            cases.add(summary(row, r.district(), agreement.fields()));
        }
        log(r, agreement, cases.size());
        return new Result(r.district(), agreement.id(), cases.size(), truncated, cases);
    }

    /** A masked summary: district and IP kind always, the rest only as far as the agreement shares it. */
    static Map<String, Object> summary(Object[] row, String district, Set<SharedField> fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("district", district);
        IpKind kind = IpKind.valueOf((String) row[2]);
        m.put("ipKind", kind.name());
        m.put("ipKindZh", kind.labelZh());
        m.put("ipKindEn", kind.labelEn());
        if (fields.contains(SharedField.CASE_NUMBER)) {
            m.put("caseNumber", row[6]);
        }
        if (fields.contains(SharedField.STATUS)) {
            CaseStatus status = CaseStatus.valueOf((String) row[7]);
            m.put("status", status.name());
            m.put("statusZh", status.labelZh());
            m.put("statusEn", status.labelEn());
        }
        if (fields.contains(SharedField.FILED_DATE)) {
            m.put("filedOn", toInstant(row[10]).atZone(BEIJING).toLocalDate().toString());
        }
        if (fields.contains(SharedField.DEPARTMENT)) {
            m.put("departmentId", row[1]);
        }
        if (fields.contains(SharedField.INFRINGER)) {
            boolean person = "PERSON".equals(row[3]);
            Map<String, Object> who = new LinkedHashMap<>();
            who.put("kind", row[3]);
            who.put("name", person ? Masking.personName((String) row[4]) : row[4]);
            if (!person) {
                who.put("creditCode", row[5]);
            }
            m.put("infringer", who);
        }
        if (fields.contains(SharedField.INFRINGING_ACT) && row[8] != null) {
            m.put("act", row[8]);
        }
        if (fields.contains(SharedField.GOODS)) {
            JsonNode goods = Json.read((String) row[9], new TypeReference<JsonNode>() {
            });
            List<String> names = new ArrayList<>();
            goods.forEach(g -> names.add(g.path("description").asText()));
            m.put("goods", names);
        }
        if (fields.contains(SharedField.DECISION) && row[11] != null) {
            JsonNode d = Json.read((String) row[11], new TypeReference<JsonNode>() {
            });
            DecisionOutcome outcome = DecisionOutcome.valueOf(d.get("outcome").asText());
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("outcome", outcome.name());
            decision.put("outcomeZh", outcome.labelZh());
            decision.put("outcomeEn", outcome.labelEn());
            decision.put("decidedOn", Instant.parse(d.get("decidedAt").asText()).atZone(BEIJING).toLocalDate().toString());
            List<String> measures = new ArrayList<>();
            d.path("measures").forEach(x -> measures.add(x.asText()));
            decision.put("measures", measures);
            m.put("decision", decision);
        }
        return m;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private void log(SharedQueryRequest r, SharingAgreement agreement, int count) {
        Map<String, Object> criteria = new LinkedHashMap<>();
        if (r.creditCode() != null) criteria.put("creditCode", r.creditCode());
        if (r.infringerName() != null) criteria.put("infringerName", r.infringerName());
        if (r.ipKind() != null) criteria.put("ipKind", r.ipKind().name());
        if (r.goods() != null) criteria.put("goods", r.goods());
        if (r.filedFrom() != null) criteria.put("filedFrom", r.filedFrom().toString());
        if (r.filedTo() != null) criteria.put("filedTo", r.filedTo().toString());
        writeLog(r.district(), agreement.id(), r.purpose().strip(), criteria, count);
    }

    /** One access-log row, in the caller's transaction. */
    void writeLog(String owningDistrict, UUID agreementId, String purpose, Map<String, Object> criteria, int count) {
        em.createNativeQuery("insert into shared_query_log (id, owning_district, caller_district, caller, caller_role,"
                + " caller_department, agreement_id, queried_at, purpose, criteria, result_count) values (:id, :owner,"
                + " :cd, :caller, :role, :dept, :agreement, :at, :purpose, :criteria, :count)")
                .setParameter("id", UUID.randomUUID()).setParameter("owner", owningDistrict)
                .setParameter("cd", caller.district()).setParameter("caller", caller.subject())
                .setParameter("role", caller.role()).setParameter("dept", caller.department())
                .setParameter("agreement", agreementId)
                .setParameter("at", Instant.now().truncatedTo(ChronoUnit.MICROS)).setParameter("purpose", purpose)
                .setParameter("criteria", Json.write(criteria)).setParameter("count", count).executeUpdate();
    }

    /** Access-log entries of the caller's (owning) district, newest first. */
    public record LogEntry(UUID id, String callerDistrict, String caller, String callerRole, String callerDepartment,
            UUID agreementId, Instant queriedAt, String purpose, JsonNode criteria, int resultCount) {
    }

    @Transactional
    public List<LogEntry> accessLog(int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(id as text), caller_district, caller, caller_role,"
                + " caller_department, cast(agreement_id as text), queried_at, purpose, criteria, result_count"
                + " from shared_query_log where owning_district = :d order by queried_at desc, id"
                + " limit :size offset :offset").setParameter("d", caller.district()).setParameter("size", size)
                .setParameter("offset", page * size).getResultList();
        return rows.stream().map(x -> new LogEntry(UUID.fromString((String) x[0]), (String) x[1], (String) x[2],
                (String) x[3], (String) x[4], UUID.fromString((String) x[5]), toInstant(x[6]), (String) x[7],
                Json.read((String) x[8], new TypeReference<JsonNode>() {
                }), ((Number) x[9]).intValue())).toList();
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
