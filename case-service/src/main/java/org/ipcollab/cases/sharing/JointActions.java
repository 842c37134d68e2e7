package org.ipcollab.cases.sharing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotFoundException;

import org.ipcollab.cases.infringement.domain.AppraisalRecognised;
import org.ipcollab.cases.infringement.domain.CaseEvent;
import org.ipcollab.cases.infringement.domain.JointActionStarted;
import org.ipcollab.cases.messaging.Outbox;
import org.ipcollab.cases.problem.DomainConflictException;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.security.Roles;
import org.ipcollab.cases.sharing.domain.JointAction;
import org.ipcollab.cases.sharing.domain.SharedEvent;
import org.ipcollab.cases.sharing.domain.SharingRefused;
import org.ipcollab.cases.timeline.CaseTimeline;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.security.ForbiddenException;

/**
 * 联合执法 — joint enforcement actions: start one with districts the caller's district shares with (JOINT_ACTION),
 * link each district's own cases, write to one shared append-only record, record appraisal results and have the other
 * districts recognise them (结果互认). Every change and its record entry commit together.
 */
@ApplicationScoped
public class JointActions {
    static final String AGGREGATE = "joint-action";

    @Inject
    EntityManager em;

    @Inject
    SharingAgreements agreements;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    CaseTimeline caseTimeline;

    @Transactional
    public UUID start(JointActionRequests.Start r) {
        requireRole(Roles.REGULATOR, Roles.DISTRICT_LIAISON);
        String lead = caller.district();
        List<String> districts = new ArrayList<>();
        districts.add(lead);
        districts.addAll(r.participants());
        JointAction action;
        try {
            action = new JointAction(UUID.randomUUID(), districts, r.title().strip(), r.description().strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
        for (String p : action.participants()) {
            if (agreements.inForce(lead, p, SharedEvent.JOINT_ACTION).isEmpty()) {
                throw new ForbiddenException("区县 " + lead + " 与 " + p + " 之间没有允许联合执法的生效协议 / no agreement in"
                        + " force between districts " + lead + " and " + p + " allows joint actions");
            }
        }
        Instant now = now();
        em.createNativeQuery("insert into joint_action (id, lead_district, districts, title, description, started_by,"
                + " started_at) values (:id, :lead, :d, :t, :desc, :by, :at)").setParameter("id", action.id())
                .setParameter("lead", lead).setParameter("d", Json.write(action.districts()))
                .setParameter("t", action.title()).setParameter("desc", action.description())
                .setParameter("by", caller.subject()).setParameter("at", now).executeUpdate();
        entry(action.id(), now, "STARTED", "启动联合执法：" + action.title() + "（参与区县 "
                + String.join("、", action.participants()) + "）", "Joint action started: " + action.title()
                + " (with " + String.join(", ", action.participants()) + ")");
        emit(new JointActionStarted(action.id(), lead, action.participants(), action.title(), caller.subject(), now));
        return action.id();
    }

    /** A regulator of the case's own department links one of its district's cases. */
    @Transactional
    public void link(UUID id, UUID caseId) {
        JointAction action = loadForChange(id);
        requireRole(Roles.REGULATOR);
        Object[] c = ownCase(caseId);
        if (!caller.department().equals(c[1])) {
            throw new ForbiddenException("case " + caseId + " belongs to department " + c[1]);
        }
        if (count("select count(*) from joint_action_case where action_id = :a and case_id = :c", id, caseId) > 0) {
            throw new DomainConflictException("该案件已关联本次联合执法 / the case is already linked to this joint action");
        }
        Instant now = now();
        em.createNativeQuery("insert into joint_action_case (action_id, case_id, district, linked_by, linked_at)"
                + " values (:a, :c, :d, :by, :at)").setParameter("a", id).setParameter("c", caseId)
                .setParameter("d", caller.district()).setParameter("by", caller.subject()).setParameter("at", now)
                .executeUpdate();
        entry(id, now, "CASE_LINKED", "关联案件 " + c[2], "Case " + c[2] + " linked");
        caseTimeline.append(caseId, "JOINT_ACTION_LINKED", "纳入联合执法：" + action.title(),
                "Linked to the joint action: " + action.title(), null,
                java.util.Map.of("jointActionId", id.toString(), "leadDistrict", action.lead()));
    }

    @Transactional
    public void note(UUID id, String summary) {
        loadForChange(id);
        requireRole(Roles.REGULATOR, Roles.DISTRICT_LIAISON);
        entry(id, now(), "NOTE", summary.strip(), summary.strip());
    }

    @Transactional
    public UUID appraisal(UUID id, JointActionRequests.Appraisal r) {
        loadForChange(id);
        requireRole(Roles.REGULATOR);
        if (count("select count(*) from joint_action_case where action_id = :a and case_id = :c", id, r.caseId()) == 0
                || !caller.district().equals(ownCase(r.caseId())[0])) {
            throw new ValidationException("caseId is not a case of district " + caller.district() + " linked to this action");
        }
        UUID appraisalId = UUID.randomUUID();
        Instant now = now();
        em.createNativeQuery("insert into joint_appraisal (id, action_id, case_id, district, title, issuer, conclusion,"
                + " sha256, recorded_by, recorded_at) values (:id, :a, :c, :d, :t, :i, :con, :sha, :by, :at)")
                .setParameter("id", appraisalId).setParameter("a", id).setParameter("c", r.caseId())
                .setParameter("d", caller.district()).setParameter("t", r.title().strip())
                .setParameter("i", r.issuer().strip()).setParameter("con", r.conclusion().strip())
                .setParameter("sha", r.sha256()).setParameter("by", caller.subject()).setParameter("at", now)
                .executeUpdate();
        entry(id, now, "APPRAISAL_RECORDED", "记录鉴定结果：" + r.title().strip() + "（" + r.issuer().strip() + "）",
                "Appraisal recorded: " + r.title().strip() + " (" + r.issuer().strip() + ")");
        return appraisalId;
    }

    /** A regulator or liaison of another district of the action recognises an appraisal (结果互认). */
    @Transactional
    public void recognise(UUID id, UUID appraisalId) {
        JointAction action = loadForChange(id);
        requireRole(Roles.REGULATOR, Roles.DISTRICT_LIAISON);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select district, sha256, title from joint_appraisal where id = :id"
                + " and action_id = :a").setParameter("id", appraisalId).setParameter("a", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("no appraisal " + appraisalId + " in joint action " + id);
        }
        String owner = (String) rows.get(0)[0];
        @SuppressWarnings("unchecked")
        Set<String> already = new HashSet<>(em.createNativeQuery("select district from joint_appraisal_recognition"
                + " where appraisal_id = :id").setParameter("id", appraisalId).getResultList());
        try {
            action.requireRecognition(owner, caller.district(), already);
        } catch (SharingRefused e) {
            throw new DomainConflictException(e.getMessage());
        }
        Instant now = now();
        em.createNativeQuery("insert into joint_appraisal_recognition (appraisal_id, district, recognised_by,"
                + " recognised_at) values (:id, :d, :by, :at)").setParameter("id", appraisalId)
                .setParameter("d", caller.district()).setParameter("by", caller.subject()).setParameter("at", now)
                .executeUpdate();
        entry(id, now, "APPRAISAL_RECOGNISED", "区县 " + caller.district() + " 认可 " + owner + " 的鉴定结果："
                + rows.get(0)[2], "District " + caller.district() + " recognised " + owner + "'s appraisal: "
                + rows.get(0)[2]);
        emit(new AppraisalRecognised(id, appraisalId, caller.district(), owner, (String) rows.get(0)[1],
                caller.subject(), now));
    }

    @Transactional
    public JointActionRequests.Response get(UUID id) {
        JointAction action = load(id, false);
        Object[] a = (Object[]) em.createNativeQuery("select started_by, started_at from joint_action where id = :id")
                .setParameter("id", id).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> cases = em.createNativeQuery("select cast(j.case_id as text), j.district, c.case_number,"
                + " c.ip_kind, j.linked_by, j.linked_at from joint_action_case j join ip_case c on c.id = j.case_id"
                + " where j.action_id = :id order by j.linked_at").setParameter("id", id).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> entries = em.createNativeQuery("select seq, occurred_at, district, actor, action, summary_zh,"
                + " summary_en from joint_action_entry where action_id = :id order by seq").setParameter("id", id)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> appraisals = em.createNativeQuery("select cast(id as text), cast(case_id as text), district,"
                + " title, issuer, conclusion, sha256, recorded_by, recorded_at from joint_appraisal where action_id = :id"
                + " order by recorded_at").setParameter("id", id).getResultList();
        String mine = caller.district();
        List<JointActionRequests.AppraisalView> views = new ArrayList<>();
        for (Object[] x : appraisals) {
            UUID appraisalId = UUID.fromString((String) x[0]);
            @SuppressWarnings("unchecked")
            List<Object[]> rec = em.createNativeQuery("select district, recognised_by, recognised_at from"
                    + " joint_appraisal_recognition where appraisal_id = :id order by recognised_at")
                    .setParameter("id", appraisalId).getResultList();
            views.add(new JointActionRequests.AppraisalView(appraisalId,
                    mine.equals(x[2]) ? UUID.fromString((String) x[1]) : null, (String) x[2], (String) x[3],
                    (String) x[4], (String) x[5], (String) x[6], (String) x[7], SharingOverdue.instant(x[8]),
                    rec.stream().map(r -> new JointActionRequests.Recognition((String) r[0], (String) r[1],
                            SharingOverdue.instant(r[2]))).toList()));
        }
        return new JointActionRequests.Response(id, action.lead(), action.districts(), action.title(),
                action.description(), (String) a[0], SharingOverdue.instant(a[1]),
                cases.stream().map(c -> new JointActionRequests.LinkedCase(
                        mine.equals(c[1]) ? UUID.fromString((String) c[0]) : null, (String) c[1], (String) c[2],
                        (String) c[3], (String) c[4], SharingOverdue.instant(c[5]))).toList(),
                views,
                entries.stream().map(e -> new JointActionRequests.Entry(((Number) e[0]).intValue(),
                        SharingOverdue.instant(e[1]), (String) e[2], (String) e[3], (String) e[4], (String) e[5],
                        (String) e[6])).toList());
    }

    private JointAction loadForChange(UUID id) {
        return load(id, true);
    }

    /** The action, for a caller of one of its districts (404 otherwise); locked until commit when changing it. */
    private JointAction load(UUID id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select districts, title, description from joint_action where id = :id"
                + (lock ? " for update" : "")).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("no joint action " + id);
        }
        List<String> districts = Json.read((String) rows.get(0)[0], new TypeReference<List<String>>() {
        });
        JointAction action = new JointAction(id, districts, (String) rows.get(0)[1], (String) rows.get(0)[2]);
        if (!action.involves(caller.district())) {
            throw new NotFoundException("no joint action " + id + " of district " + caller.district());
        }
        return action;
    }

    /** district, department, case number of a case of the caller's district (404 otherwise). */
    private Object[] ownCase(UUID caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select district, department_id, case_number from ip_case"
                + " where id = :id and district = :d").setParameter("id", caseId).setParameter("d", caller.district())
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("no case " + caseId + " in district " + caller.district());
        }
        return rows.get(0);
    }

    private void entry(UUID id, Instant at, String action, String zh, String en) {
        int seq = (int) count("select coalesce(max(seq), 0) from joint_action_entry where action_id = :a", id, null) + 1;
        em.createNativeQuery("insert into joint_action_entry (action_id, seq, occurred_at, district, actor, action,"
                + " summary_zh, summary_en) values (:a, :s, :at, :d, :actor, :action, :zh, :en)")
                .setParameter("a", id).setParameter("s", seq).setParameter("at", at)
                .setParameter("d", caller.district()).setParameter("actor", caller.subject())
                .setParameter("action", action).setParameter("zh", zh).setParameter("en", en).executeUpdate();
    }

    private long count(String sql, UUID a, UUID c) {
        var q = em.createNativeQuery(sql).setParameter("a", a);
        if (c != null) {
            q.setParameter("c", c);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private void requireRole(String... roles) {
        for (String role : roles) {
            if (caller.hasRole(role)) {
                return;
            }
        }
        throw new ForbiddenException("this action needs one of the roles " + String.join(", ", roles));
    }

    private void emit(CaseEvent event) {
        outbox.append(AGGREGATE, event.caseId().toString(), event.type(), event.district(), event);
    }
}
