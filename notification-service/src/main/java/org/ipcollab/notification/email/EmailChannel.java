package org.ipcollab.notification.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.ipcollab.notification.inbox.domain.NotificationText;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.scheduler.Scheduled;

/**
 * 邮件通知 — the e-mail channel. {@link #enqueue} renders the zh-CN template (with the English text below) once per
 * address of the department, in the consumer's transaction, guarded by the unique key (event, department, address);
 * {@link #send} sends due mails through SMTP (Quarkus Mailer) after commit and retries a failed send a few times.
 */
@ApplicationScoped
public class EmailChannel {
    private static final Logger LOG = Logger.getLogger(EmailChannel.class);

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    @Location("mail/notice.txt")
    Template notice;

    @ConfigProperty(name = "ipcollab.email.max-attempts", defaultValue = "5")
    int maxAttempts;

    @ConfigProperty(name = "ipcollab.email.retry-delay", defaultValue = "PT1M")
    Duration retryDelay;

    Clock clock = Clock.systemUTC();

    @Transactional(TxType.MANDATORY)
    public int enqueue(String department, String eventId, String eventType, UUID caseId, String district,
            NotificationText text, LocalDate dueDate) {
        String body = notice.data("department", department).data("titleZh", text.titleZh())
                .data("summaryZh", text.summaryZh()).data("titleEn", text.titleEn()).data("summaryEn", text.summaryEn())
                .data("dueDate", dueDate == null ? null : dueDate.toString()).data("caseLink", "/cases/" + caseId)
                .data("district", district).data("eventType", eventType).data("eventId", eventId).render();
        String subject = "【IPCollab 通知】" + text.titleZh();
        return em.createNativeQuery("""
                insert into email_delivery (id, department_id, address, event_id, subject, body, status, attempts,
                                            next_attempt_at, created_at)
                select gen_random_uuid(), r.department_id, r.address, :eventId, :subject, :body, 'PENDING', 0, :now, :now
                from email_recipient r where r.department_id = :d
                on conflict (event_id, department_id, address) do nothing""")
                .setParameter("eventId", eventId).setParameter("subject", subject.substring(0, Math.min(1000, subject.length())))
                .setParameter("body", body).setParameter("now", Instant.now(clock)).setParameter("d", department)
                .executeUpdate();
    }

    record Due(UUID id, String address, String subject, String body, int attempts) {
    }

    @Scheduled(every = "${ipcollab.email.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void send() {
        List<Due> due = QuarkusTransaction.requiringNew().call(this::claim);
        for (Due d : due) {
            String error = null;
            try {
                mailer.send(Mail.withText(d.address(), d.subject(), d.body()));
            } catch (RuntimeException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
                LOG.warnf("e-mail %s to %s failed: %s", d.id(), d.address(), error);
            }
            String why = error == null ? null : error.substring(0, Math.min(1000, error.length()));
            QuarkusTransaction.requiringNew().run(() -> record(d, why));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Due> claim() {
        Instant now = Instant.now(clock);
        List<Object[]> rows = em.createNativeQuery("""
                select id, address, subject, body, attempts from email_delivery
                where status = 'PENDING' and next_attempt_at <= :now order by next_attempt_at limit 50
                for update skip locked""").setParameter("now", now).getResultList();
        List<Due> due = rows.stream().map(r -> new Due((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue())).toList();
        due.forEach(d -> em.createNativeQuery("update email_delivery set next_attempt_at = :lease where id = :id")
                .setParameter("lease", now.plus(Duration.ofMinutes(1))).setParameter("id", d.id()).executeUpdate());
        return due;
    }

    private void record(Due d, String error) {
        int attempts = d.attempts() + 1;
        Instant now = Instant.now(clock);
        String status = error == null ? "SENT" : attempts >= maxAttempts ? "FAILED" : "PENDING";
        em.createNativeQuery("""
                update email_delivery set status = :status, attempts = :attempts, last_error = :error,
                    next_attempt_at = :next, sent_at = :sent where id = :id""")
                .unwrap(NativeQuery.class)
                .setParameter("status", status).setParameter("attempts", attempts)
                .setParameter("error", error, StandardBasicTypes.STRING)
                .setParameter("next", "PENDING".equals(status) ? now.plus(retryDelay.multipliedBy(attempts)) : null,
                        StandardBasicTypes.INSTANT)
                .setParameter("sent", error == null ? now : null, StandardBasicTypes.INSTANT)
                .setParameter("id", d.id()).executeUpdate();
    }
}
