package org.ipcollab.notification.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ipcollab.notification.inbox.domain.CaseFiled;
import org.ipcollab.notification.inbox.domain.IpKind;
import org.ipcollab.notification.inbox.domain.Notification;
import org.ipcollab.notification.inbox.domain.Routing;
import org.ipcollab.notification.messaging.EventHandler;
import org.ipcollab.notification.messaging.IncomingEvent;
import org.ipcollab.notification.messaging.UnprocessableEventException;
import org.ipcollab.notification.subscription.SubscriptionRepository;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns events of other services into inbox items of the departments subscribed to them, inside the consumer's
 * transaction (the processed_event row and the items commit together). Known types are dispatched by the switch;
 * every other type is ignored. Data that cannot make a notice throws {@link UnprocessableEventException}, so the
 * record goes to the dead-letter topic and nothing of it is kept.
 */
@ApplicationScoped
public class CaseEventRouting implements EventHandler {
    private static final Logger LOG = Logger.getLogger(CaseEventRouting.class);

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    InboxItemRepository items;

    Clock clock = Clock.systemUTC();

    @Override
    @Transactional(TxType.MANDATORY)
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            case CaseFiled.TYPE -> caseFiled(event);
            case CaseFiled.TYPE_V1 -> LOG.debugf("ignoring deprecated %s (%s): the filing is notified from its %s",
                    event.type(), event.id(), CaseFiled.TYPE);
            default -> LOG.debugf("ignoring event type %s (%s)", event.type(), event.id());
        }
    }

    private void caseFiled(IncomingEvent event) {
        CaseFiled filed = parseCaseFiled(event);
        List<Notification> notifications = Routing.caseFiled(event.id(), filed,
                subscriptions.inDistrict(filed.district()));
        Instant now = Instant.now(clock);
        int added = 0;
        for (Notification n : notifications) {
            if (items.addIfAbsent(n, now)) {
                added++;
            }
        }
        LOG.debugf("case.filed %s of case %s: %d of %d subscribed departments notified", event.id(), filed.caseId(),
                added, notifications.size());
    }

    static CaseFiled parseCaseFiled(IncomingEvent event) {
        String kind = event.text("ipKind");
        IpKind ipKind = IpKind.fromCode(kind).orElseThrow(() -> unprocessable(event, "unknown ipKind '" + kind + "'"));
        JsonNode infringer = event.data().get("infringer");
        if (infringer == null || !infringer.isObject()) {
            throw unprocessable(event, "lacks object field 'infringer'");
        }
        String partyKind = text(event, infringer, "kind");
        CaseFiled.PartyKind party;
        try {
            party = CaseFiled.PartyKind.valueOf(partyKind);
        } catch (IllegalArgumentException e) {
            throw unprocessable(event, "unknown infringer.kind '" + partyKind + "'");
        }
        try {
            return new CaseFiled(UUID.fromString(event.text("caseId")), event.text("district"),
                    event.text("departmentId"), ipKind, event.text("title"),
                    new CaseFiled.Infringer(party, text(event, infringer, "name"),
                            optionalText(event, infringer, "creditCode"),
                            optionalText(event, infringer, "idNumberMasked")),
                    OffsetDateTime.parse(event.text("filedAt")).toInstant());
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw unprocessable(event, e.getMessage());
        }
    }

    private static String text(IncomingEvent event, JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw unprocessable(event, "lacks text field 'infringer." + field + "'");
        }
        return node.asText();
    }

    /** A field of the infringer that only one kind of party has: absent or null reads as null. */
    private static String optionalText(IncomingEvent event, JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw unprocessable(event, "infringer." + field + " is not text");
        }
        return node.asText();
    }

    private static UnprocessableEventException unprocessable(IncomingEvent event, String why) {
        return new UnprocessableEventException("event " + event.id() + " of type " + event.type() + ": " + why);
    }
}
