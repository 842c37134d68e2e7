package org.ipcollab.cases.partnerfeed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ipcollab.cases.messaging.EventHandler;
import org.ipcollab.cases.messaging.IncomingEvent;
import org.ipcollab.cases.messaging.UnprocessableEventException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Referral and mediation events (issues 4, 5) become the partner status on the case view (issue 3 item 7). The
 * contract (docs/events/README.md, "Partner status"): any event on {@code ipcollab.referral.v1} or
 * {@code ipcollab.mediation.v1} whose data has a {@code caseId} of a case that exists here sets that case's status for
 * the source, if it occurred later than the status recorded: {@code status} / {@code statusZh} / {@code statusEn} from
 * the data when present, else the fact of the type ({@code org.ipcollab.referral.sent.v1} → {@code sent});
 * {@code occurredAt} from the data when present, else the CloudEvents {@code time}. Events without a case id, of an
 * unknown case or with a type that names no fact are ignored; a case id, time or label that is malformed is
 * dead-lettered.
 */
@ApplicationScoped
public class PartnerEventHandler implements EventHandler {
    private static final Logger LOG = Logger.getLogger(PartnerEventHandler.class);
    /** {@code org.ipcollab.<producer>.<fact>.v<N>}; the fact may have dots or hyphens. */
    private static final Pattern TYPE = Pattern.compile("org\\.ipcollab\\.[a-z]+\\.([a-z0-9]+(?:[.-][a-z0-9]+)*)\\.v[0-9]+");
    static final int MAX_STATUS = 80;
    static final int MAX_LABEL = 200;

    @Inject
    PartnerStatuses statuses;

    @Override
    public void handle(IncomingEvent event) {
        Optional<PartnerSource> source = PartnerSource.ofTopic(event.topic());
        if (source.isEmpty()) {
            LOG.debugf("ignoring event %s of type %s from topic %s", event.id(), event.type(), event.topic());
            return;
        }
        switch (source.get()) {
            case REFERRAL, MEDIATION -> apply(source.get(), event);
        }
    }

    private void apply(PartnerSource source, IncomingEvent event) {
        Matcher type = event.type() == null ? null : TYPE.matcher(event.type());
        JsonNode caseIdNode = event.data().get("caseId");
        if (type == null || !type.matches() || caseIdNode == null || caseIdNode.isNull()) {
            LOG.debugf("ignoring %s event %s of type %s: no case status in it", source, event.id(), event.type());
            return;
        }
        UUID caseId = caseId(event, caseIdNode);
        String status = optionalText(event, "status", MAX_STATUS);
        PartnerStatuses.Update update = new PartnerStatuses.Update(caseId, source, event.type(),
                status != null ? status : type.group(1), optionalText(event, "statusZh", MAX_LABEL),
                optionalText(event, "statusEn", MAX_LABEL), occurredAt(event), event.id());
        PartnerStatuses.Outcome outcome = statuses.record(update);
        LOG.debugf("%s status '%s' of case %s from event %s: %s", source, update.status(), caseId, event.id(), outcome);
    }

    private static UUID caseId(IncomingEvent event, JsonNode node) {
        if (node.isTextual()) {
            try {
                return UUID.fromString(node.asText());
            } catch (IllegalArgumentException e) {
                // falls through to the refusal
            }
        }
        throw new UnprocessableEventException("event " + event.id() + " of type " + event.type()
                + " has a caseId that is not a UUID: " + abbreviate(node.toString()));
    }

    /** A text field that may be absent or null; present, it must be non-blank text of at most {@code max} chars. */
    private static String optionalText(IncomingEvent event, String field, int max) {
        JsonNode node = event.data().get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank() || node.asText().length() > max) {
            throw new UnprocessableEventException("event " + event.id() + " of type " + event.type() + ": '" + field
                    + "' must be non-blank text of at most " + max + " characters");
        }
        return node.asText().strip();
    }

    private static Instant occurredAt(IncomingEvent event) {
        String text = optionalText(event, "occurredAt", 64);
        if (text != null) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new UnprocessableEventException("event " + event.id() + " of type " + event.type()
                        + ": occurredAt is not an RFC 3339 date-time: " + abbreviate(text));
            }
        }
        if (event.time() == null) {
            throw new UnprocessableEventException("event " + event.id() + " of type " + event.type()
                    + " has neither data.occurredAt nor a CloudEvents time, so it cannot be ordered");
        }
        return event.time().toInstant();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
