package org.ipcollab.notification.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ipcollab.notification.calendar.CalendarFiles;
import org.ipcollab.notification.calendar.domain.WorkingDayCalendar;
import org.ipcollab.notification.email.EmailChannel;
import org.ipcollab.notification.inbox.InboxItemRepository;
import org.ipcollab.notification.inbox.InboxItemsAdded;
import org.ipcollab.notification.inbox.domain.Notification;
import org.ipcollab.notification.inbox.domain.NotificationText;
import org.ipcollab.notification.reminder.domain.ReminderPlan;
import org.ipcollab.notification.webhook.Webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * 期限提醒 — deadline reminders. {@link #apply} schedules, moves or cancels a case's reminders in the consumer's
 * transaction ({@link ReminderPlan}); {@link #sendDue} turns due reminders into notices for the departments that heard
 * of the scheduling event and the responsible department, on every channel, once each (event id
 * {@code reminder:<id>:<dueDate>}).
 */
@ApplicationScoped
public class Reminders {
    public static final String TYPE = "org.ipcollab.notification.deadline-reminder.v1";
    private static final Pattern DEPARTMENT = Pattern.compile("^[0-9]{6}-[a-z]+$");

    @Inject
    EntityManager em;

    @Inject
    InboxItemRepository items;

    @Inject
    Webhooks webhooks;

    @Inject
    EmailChannel email;

    @Inject
    Event<InboxItemsAdded> itemsAdded;

    final WorkingDayCalendar calendar = CalendarFiles.bundled();

    Clock clock = Clock.systemUTC();

    @Transactional(TxType.MANDATORY)
    public void apply(String eventId, String type, UUID caseId, String district, Map<String, Object> data,
            Set<String> notified) {
        Instant now = Instant.now(clock);
        for (ReminderPlan.Effect effect : ReminderPlan.effects(type, data)) {
            if (effect.cancelsAll()) {
                em.createNativeQuery("update reminder set status = 'CANCELLED', updated_at = :now "
                        + "where case_id = :c and status = 'SCHEDULED'")
                        .setParameter("now", now).setParameter("c", caseId).executeUpdate();
                continue;
            }
            Set<String> departments = new TreeSet<>(notified);
            Object responsible = data.get("departmentId");
            if (responsible != null && DEPARTMENT.matcher(responsible.toString()).matches()) {
                departments.add(responsible.toString());
            }
            boolean schedule = effect.schedules() && !departments.isEmpty()
                    && !effect.dueDate().isBefore(WorkingDayCalendar.legalDate(now));
            if (!schedule) {
                em.createNativeQuery("update reminder set status = 'CANCELLED', updated_at = :now "
                        + "where case_id = :c and clock = :k and status = 'SCHEDULED'")
                        .setParameter("now", now).setParameter("c", caseId).setParameter("k", effect.clock())
                        .executeUpdate();
                continue;
            }
            Object number = data.get("caseNumber");
            em.createNativeQuery("""
                    insert into reminder (id, case_id, clock, district, departments, due_date, remind_at, status,
                                          source_event, event_type, case_ref, updated_at)
                    values (:id, :c, :k, :d, :depts, :due, :at, 'SCHEDULED', :e, :t, :ref, :now)
                    on conflict (case_id, clock) do update set departments = excluded.departments,
                        due_date = excluded.due_date, remind_at = excluded.remind_at, status = 'SCHEDULED',
                        source_event = excluded.source_event, event_type = excluded.event_type,
                        case_ref = excluded.case_ref, updated_at = excluded.updated_at""")
                    .setParameter("id", UUID.randomUUID()).setParameter("c", caseId).setParameter("k", effect.clock())
                    .setParameter("d", district).setParameter("depts", String.join(",", departments))
                    .setParameter("due", effect.dueDate()).setParameter("at", ReminderPlan.remindAt(calendar, effect.dueDate()))
                    .setParameter("e", eventId).setParameter("t", type)
                    .setParameter("ref", number != null ? number.toString() : caseId.toString())
                    .setParameter("now", now).executeUpdate();
        }
    }

    @Scheduled(every = "${ipcollab.reminders.poll-interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        QuarkusTransaction.requiringNew().run(this::sendDueInTransaction);
    }

    @SuppressWarnings("unchecked")
    void sendDueInTransaction() {
        Instant now = Instant.now(clock);
        List<Object[]> due = em.createNativeQuery("""
                select id, case_id, clock, district, departments, due_date, case_ref from reminder
                where status = 'SCHEDULED' and remind_at <= :now order by remind_at limit 100
                for update skip locked""").setParameter("now", now).getResultList();
        Set<String> told = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        for (Object[] r : due) {
            UUID id = (UUID) r[0];
            UUID caseId = (UUID) r[1];
            LocalDate dueDate = r[5] instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(r[5].toString());
            NotificationText text = ReminderPlan.text((String) r[2], (String) r[6], dueDate);
            String eventId = "reminder:" + id + ":" + dueDate;
            for (String department : Arrays.asList(((String) r[4]).split(","))) {
                UUID item = items.addIfAbsent(new Notification(department, eventId, TYPE, caseId, (String) r[3], text),
                        dueDate, now);
                if (item != null) {
                    told.add(department);
                    ids.add(item);
                    webhooks.enqueue(department, eventId, TYPE, reminderBody(eventId, department, caseId, (String) r[3],
                            text, dueDate));
                    email.enqueue(department, eventId, TYPE, caseId, (String) r[3], text, dueDate);
                }
            }
            em.createNativeQuery("update reminder set status = 'SENT', updated_at = :now where id = :id")
                    .setParameter("now", now).setParameter("id", id).executeUpdate();
        }
        if (!told.isEmpty()) {
            itemsAdded.fire(new InboxItemsAdded(told, ids));
        }
    }

    private static String reminderBody(String eventId, String department, UUID caseId, String district,
            NotificationText text, LocalDate dueDate) {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        json.put("eventId", eventId).put("eventType", TYPE).put("departmentId", department)
                .put("caseId", caseId.toString()).put("caseLink", "/cases/" + caseId).put("district", district)
                .put("titleZh", text.titleZh()).put("titleEn", text.titleEn()).put("summaryZh", text.summaryZh())
                .put("summaryEn", text.summaryEn()).put("dueDate", dueDate.toString());
        return json.toString();
    }
}
