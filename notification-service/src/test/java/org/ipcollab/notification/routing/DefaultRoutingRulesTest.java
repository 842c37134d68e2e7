package org.ipcollab.notification.routing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ipcollab.notification.Events.CASE_TOPIC;
import static org.ipcollab.notification.Events.MEDIATION_TOPIC;
import static org.ipcollab.notification.Events.REFERRAL_TOPIC;
import static org.ipcollab.notification.Events.caseExample;
import static org.ipcollab.notification.Events.otherServiceEvent;
import static org.ipcollab.notification.Events.send;
import static org.ipcollab.notification.Fixtures.aFreshDistrict;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ipcollab.notification.NotificationServiceTestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Each seeded default rule, with no subscription anywhere: the event reaches exactly the departments the rule names,
 * and no other inbox (checked over every inbox_item row of the case).
 */
@QuarkusTest
@TestProfile(NotificationServiceTestProfile.class)
class DefaultRoutingRulesTest {
    static final Duration BOUND = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    Set<String> inboxesWith(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> rows = em.createNativeQuery("select department_id from inbox_item where case_id = :c")
                    .setParameter("c", caseId).getResultList();
            return new TreeSet<>(rows);
        });
    }

    String textOf(UUID caseId, String department, String column) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select " + column + " from inbox_item where case_id = :c and department_id = :d")
                .setParameter("c", caseId).setParameter("d", department).getSingleResult());
    }

    /** Waits until the case's items reach {@code expected}, then checks that no other inbox has one. */
    void awaitExactly(UUID caseId, Set<String> expected) {
        await().atMost(BOUND).pollInterval(Duration.ofMillis(100)).until(() -> inboxesWith(caseId).size() >= expected.size());
        assertEquals(new TreeSet<>(expected), inboxesWith(caseId));
    }

    boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id = :e").setParameter("e", eventId)
                .getSingleResult()).longValue() == 1);
    }

    @Test
    @DisplayName("every referral event copies the district procuratorate, and only it")
    void referralCopiesProcuratorate() {
        String d = aFreshDistrict();
        UUID caseId = UUID.randomUUID();
        send(bootstrap, REFERRAL_TOPIC, "org.ipcollab.referral.submitted.v1",
                otherServiceEvent(caseId, d, "SUBMITTED", "已移送公安机关", "Referred to the police"));
        awaitExactly(caseId, Set.of(d + "-proc"));
        assertEquals("已移送公安机关：" + caseId, textOf(caseId, d + "-proc", "title_zh"));
    }

    @Test
    @DisplayName("a referral's steps also reach the police it is sent to and the referring agency, as the event names them")
    void referralReachesItsPoliceAndAgency() {
        String d = aFreshDistrict();
        UUID caseId = UUID.randomUUID();
        ObjectNode data = otherServiceEvent(caseId, d, "REFUSED", "公安机关不予立案", "Police refused to open a case");
        ObjectNode departments = data.putObject("departments");
        departments.put("agencyDepartmentId", d + "-amr");
        departments.put("policeDepartmentId", d + "-psb");
        departments.putNull("procuratorateDepartmentId");
        departments.putNull("courtDepartmentId");
        send(bootstrap, REFERRAL_TOPIC, "org.ipcollab.referral.refused.v1", data);
        awaitExactly(caseId, Set.of(d + "-proc", d + "-psb", d + "-amr"));
    }

    @Test
    @DisplayName("an overdue case clock goes to the case's department and the district procuratorate, and nowhere else")
    void overdueClockOfOrdinaryCase() {
        String d = aFreshDistrict();
        UUID caseId = UUID.randomUUID();
        send(bootstrap, CASE_TOPIC, "org.ipcollab.case.clock-overdue.v1", caseExample("case.clock-overdue.v1", caseId, d));
        awaitExactly(caseId, Set.of(d + "-amr", d + "-proc"));
        String zh = textOf(caseId, d + "-proc", "summary_zh");
        assertTrue(zh.contains("2025-10-23") && zh.contains("OPEN_DECISION"), zh);
        assertTrue(textOf(caseId, d + "-amr", "summary_en").contains("expired on 2025-10-23"));
    }

    @Test
    @DisplayName("an overdue clock of a major case goes to the case's department and its supervising departments "
            + "(from case.marked-major.v1), not to the procuratorate it did not name")
    void overdueClockOfMajorCase() {
        String d = aFreshDistrict();
        String neighbour = aFreshDistrict();
        UUID caseId = UUID.randomUUID();
        ObjectNode major = caseExample("case.marked-major.v1", caseId, d);
        major.putArray("supervisingDepartments").add(d + "-psb").add(neighbour + "-psb");
        major.put("leadDepartment", d + "-psb");
        send(bootstrap, CASE_TOPIC, "org.ipcollab.case.marked-major.v1", major);
        send(bootstrap, CASE_TOPIC, "org.ipcollab.case.clock-overdue.v1", caseExample("case.clock-overdue.v1", caseId, d));
        awaitExactly(caseId, Set.of(d + "-amr", d + "-psb", neighbour + "-psb"));
    }

    @Test
    @DisplayName("an overdue term of another service goes to the department concerned and the district procuratorate")
    void overdueTermOfMediation() {
        String d = aFreshDistrict();
        UUID caseId = UUID.randomUUID();
        ObjectNode data = otherServiceEvent(caseId, d, "TERM_OVERDUE", "调解期限已届满", "Mediation term overdue");
        data.put("departmentId", d + "-med");
        data.put("dueDate", "2026-12-01");
        send(bootstrap, MEDIATION_TOPIC, "org.ipcollab.mediation.term-overdue.v1", data);
        awaitExactly(caseId, Set.of(d + "-med", d + "-proc"));
        assertTrue(textOf(caseId, d + "-med", "summary_zh").contains("应于 2026-12-01 前办理"));
    }

    @Test
    @DisplayName("case.referral-required goes to the police and the procuratorate of the district only")
    void referralRequired() {
        String d = aFreshDistrict();
        UUID caseId = UUID.randomUUID();
        send(bootstrap, CASE_TOPIC, "org.ipcollab.case.referral-required.v1",
                caseExample("case.referral-required.v1", caseId, d));
        awaitExactly(caseId, Set.of(d + "-psb", d + "-proc"));
        assertTrue(textOf(caseId, d + "-psb", "summary_zh").contains("刑法第214条"));
    }

    @Test
    @DisplayName("case.penalty-decision-copied goes to the police and the procuratorate of the district only")
    void penaltyDecisionCopied() {
        String d = aFreshDistrict();
        UUID caseId = UUID.randomUUID();
        send(bootstrap, CASE_TOPIC, "org.ipcollab.case.penalty-decision-copied.v1",
                caseExample("case.penalty-decision-copied.v1", caseId, d));
        awaitExactly(caseId, Set.of(d + "-psb", d + "-proc"));
    }

    @Test
    @DisplayName("a court's entrustment goes to the district's mediation organisation (and, as a referral event, "
            + "is copied to the procuratorate)")
    void courtEntrustment() {
        String d = aFreshDistrict();
        UUID caseId = UUID.randomUUID();
        send(bootstrap, REFERRAL_TOPIC, "org.ipcollab.referral.mediation-entrusted.v1",
                otherServiceEvent(caseId, d, "MEDIATION_ENTRUSTED", "法院委托调解", "Court entrusted mediation"));
        awaitExactly(caseId, Set.of(d + "-med", d + "-proc"));
    }

    @Test
    @DisplayName("a neighbouring district's clue goes to the liaison of the district it is sent to, only")
    void neighbourClue() {
        String from = aFreshDistrict();
        String to = aFreshDistrict();
        UUID caseId = UUID.randomUUID();
        ObjectNode data = otherServiceEvent(caseId, from, "CLUE_TRANSFERRED", "邻区移送线索", "Clue transferred");
        data.put("toDistrict", to);
        send(bootstrap, CASE_TOPIC, "org.ipcollab.case.clue-transferred.v1", data);
        awaitExactly(caseId, Set.of(to + "-liaison"));
    }

    @Test
    @DisplayName("a lifecycle event no default names reaches nobody in a district without subscriptions, and only the "
            + "subscriber in a district with one")
    void noRuleNoItem() {
        String d = aFreshDistrict();
        String unsubscribed = aFreshDistrict();
        UUID quiet = UUID.randomUUID();
        UUID subscribed = UUID.randomUUID();
        org.ipcollab.notification.Fixtures.subscribe(d + "-court", d, "org.ipcollab.case.opened.v1");
        String quietEvent = send(bootstrap, CASE_TOPIC, "org.ipcollab.case.opened.v1",
                caseExample("case.opened.v1", quiet, unsubscribed));
        send(bootstrap, CASE_TOPIC, "org.ipcollab.case.opened.v1", caseExample("case.opened.v1", subscribed, d));
        awaitExactly(subscribed, Set.of(d + "-court"));
        await().atMost(BOUND).until(() -> processed(quietEvent));
        assertEquals(Set.of(), inboxesWith(quiet));
        assertTrue(textOf(subscribed, d + "-court", "summary_zh").contains("应于 2027-02-22 前结案"));
    }
}
