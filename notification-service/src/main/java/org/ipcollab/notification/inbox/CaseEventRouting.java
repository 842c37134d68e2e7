package org.ipcollab.notification.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ipcollab.notification.email.EmailChannel;
import org.ipcollab.notification.inbox.domain.CaseFiled;
import org.ipcollab.notification.inbox.domain.EventTexts;
import org.ipcollab.notification.inbox.domain.NotificationText;
import org.ipcollab.notification.inbox.domain.IpKind;
import org.ipcollab.notification.inbox.domain.Notification;
import org.ipcollab.notification.inbox.domain.Routing;
import org.ipcollab.notification.messaging.EventHandler;
import org.ipcollab.notification.reminder.Reminders;
import org.ipcollab.notification.messaging.IncomingEvent;
import org.ipcollab.notification.messaging.UnprocessableEventException;
import org.ipcollab.notification.routing.MajorCases;
import org.ipcollab.notification.routing.RoutingRuleRepository;
import org.ipcollab.notification.routing.domain.EventFacts;
import org.ipcollab.notification.routing.domain.RoutingRule;
import org.ipcollab.notification.subscription.SubscriptionRepository;
import org.ipcollab.notification.webhook.Webhooks;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns events of other services into inbox items of the departments subscribed to them and of those the routing rules
 * name (subscribers ∪ rule recipients, once each), inside the consumer's
 * transaction (the processed_event row and the items commit together). Known types are dispatched by the switch;
 * every other case type, and any event of another service that carries {@code caseId} and {@code district}, is routed
 * generically; other types are ignored. Data that cannot make a notice throws {@link UnprocessableEventException}, so the
 * record goes to the dead-letter topic and nothing of it is kept.
 */
@ApplicationScoped
public class CaseEventRouting implements EventHandler {
    private static final Logger LOG = Logger.getLogger(CaseEventRouting.class);

    /** Case event types this version renders; they must carry caseId, district and departmentId. */
    static final Set<String> CASE_TYPES = Set.of("opened", "opening-declined", "investigation-finished",
            "legal-review-completed", "decided", "suspended", "resumed", "penalty-decision-copied", "closed",
            "referral-required", "clock-overdue", "marked-major", "consultation-recorded").stream()
            .map(f -> "org.ipcollab.case." + f + ".v1").collect(java.util.stream.Collectors.toUnmodifiableSet());
    static final String MARKED_MAJOR = "org.ipcollab.case.marked-major.v1";
    private static final Pattern DISTRICT = Pattern.compile("[0-9]{6}");

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    RoutingRuleRepository rules;

    @Inject
    MajorCases majorCases;

    @Inject
    InboxItemRepository items;

    @Inject
    ObjectMapper json;

    @Inject
    Event<InboxItemsAdded> itemsAdded;

    @Inject
    Webhooks webhooks;

    @Inject
    EmailChannel email;

    @Inject
    Reminders reminders;

    Clock clock = Clock.systemUTC();

    @Override
    @Transactional(TxType.MANDATORY)
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            case CaseFiled.TYPE -> caseFiled(event);
            case CaseFiled.TYPE_V1 -> LOG.debugf("ignoring deprecated %s (%s): the filing is notified from its %s",
                    event.type(), event.id(), CaseFiled.TYPE);
            case MARKED_MAJOR -> {
                markedMajor(event);
                routed(event, true);
            }
            default -> {
                if (CASE_TYPES.contains(event.type())) {
                    routed(event, true);
                } else if (event.data().hasNonNull("caseId") && event.data().hasNonNull("district")) {
                    routed(event, false);
                } else {
                    LOG.debugf("ignoring event type %s (%s)", event.type(), event.id());
                }
            }
        }
    }

    private void caseFiled(IncomingEvent event) {
        CaseFiled filed = parseCaseFiled(event);
        SortedSet<String> departments = new TreeSet<>();
        Routing.caseFiled(event.id(), filed, subscriptions.inDistrict(filed.district()))
                .forEach(n -> departments.add(n.departmentId()));
        Map<String, Object> data = dataOf(event);
        departments.addAll(RoutingRule.recipients(rules.applicableIn(filed.district()),
                facts(event, filed.caseId(), filed.district(), data)));
        deliver(event, CaseFiled.TYPE, filed.caseId(), filed.district(), departments,
                new EventTexts.Rendered(NotificationText.of(filed), null));
    }

    private void markedMajor(IncomingEvent event) {
        UUID caseId = caseId(event);
        List<String> supervisors = new java.util.ArrayList<>();
        JsonNode list = event.data().get("supervisingDepartments");
        if (list == null || !list.isArray()) {
            throw unprocessable(event, "lacks array field 'supervisingDepartments'");
        }
        list.forEach(n -> supervisors.add(n.asText()));
        Instant markedAt;
        try {
            markedAt = OffsetDateTime.parse(event.text("markedAt")).toInstant();
        } catch (DateTimeParseException e) {
            throw unprocessable(event, "markedAt is not a date-time");
        }
        JsonNode lead = event.data().get("leadDepartment");
        String leadDepartment = lead != null && lead.isTextual() ? lead.asText() : supervisors.isEmpty() ? null
                : supervisors.get(0);
        if (leadDepartment == null) {
            throw unprocessable(event, "names no supervising department");
        }
        majorCases.mark(caseId, district(event), leadDepartment, supervisors, markedAt);
    }

    /** Routes an event by subscriptions and rules; {@code strict} for the case types whose fields are required. */
    private void routed(IncomingEvent event, boolean strict) {
        UUID caseId;
        String district;
        try {
            caseId = caseId(event);
            district = district(event);
            if (strict) {
                event.text("departmentId");
            }
        } catch (UnprocessableEventException e) {
            if (strict) {
                throw e;
            }
            LOG.debugf("ignoring %s (%s): %s", event.type(), event.id(), e.getMessage());
            return;
        }
        Map<String, Object> data = dataOf(event);
        SortedSet<String> departments = new TreeSet<>(
                Routing.recipients(event.type(), district, subscriptions.inDistrict(district)));
        departments.addAll(RoutingRule.recipients(rules.applicableIn(district), facts(event, caseId, district, data)));
        deliver(event, event.type(), caseId, district, departments, EventTexts.render(event.type(), data));
        reminders.apply(event.id(), event.type(), caseId, district, data, departments);
    }

    private EventFacts facts(IncomingEvent event, UUID caseId, String district, Map<String, Object> data) {
        Optional<Set<String>> supervisors = majorCases.supervisorsOf(caseId);
        Map<String, String> fields = new HashMap<>();
        data.forEach((k, v) -> {
            if (v instanceof String text) {
                fields.put(k, text);
            } else if (v instanceof Map<?, ?> nested) {
                // one level down, as "outer.inner": e.g. a referral's departments.policeDepartmentId
                nested.forEach((nk, nv) -> {
                    if (nk instanceof String name && nv instanceof String text) {
                        fields.put(k + "." + name, text);
                    }
                });
            }
        });
        return new EventFacts(event.type(), district, fields.get("departmentId"),
                EventFacts.roleOfActor(fields.get("actor")), supervisors.isPresent(), supervisors.orElse(Set.of()), fields);
    }

    private void deliver(IncomingEvent event, String type, UUID caseId, String district, Set<String> departments,
            EventTexts.Rendered rendered) {
        Instant now = Instant.now(clock);
        Set<String> added = new LinkedHashSet<>();
        Set<UUID> ids = new HashSet<>();
        for (String department : departments) {
            UUID id = items.addIfAbsent(new Notification(department, event.id(), type, caseId, district,
                    rendered.text()), rendered.dueDate(), now);
            if (id != null) {
                added.add(department);
                ids.add(id);
                webhooks.enqueue(department, event.id(), type, webhookBody(id, department, event.id(), type, caseId,
                        district, rendered));
                email.enqueue(department, event.id(), type, caseId, district, rendered.text(), rendered.dueDate());
            }
        }
        if (!added.isEmpty()) {
            itemsAdded.fire(new InboxItemsAdded(Set.copyOf(added), Set.copyOf(ids)));
        }
        LOG.debugf("%s %s of case %s: %d of %d departments notified", type, event.id(), caseId, added.size(),
                departments.size());
    }

    /** The JSON a webhook receives: the item as the department's inbox shows it. */
    private String webhookBody(UUID itemId, String department, String eventId, String type, UUID caseId,
            String district, EventTexts.Rendered rendered) {
        var body = json.createObjectNode();
        body.put("itemId", itemId.toString());
        body.put("departmentId", department);
        body.put("eventId", eventId);
        body.put("eventType", type);
        body.put("caseId", caseId.toString());
        body.put("caseLink", "/cases/" + caseId);
        body.put("district", district);
        body.put("titleZh", rendered.text().titleZh());
        body.put("titleEn", rendered.text().titleEn());
        body.put("summaryZh", rendered.text().summaryZh());
        body.put("summaryEn", rendered.text().summaryEn());
        body.put("dueDate", rendered.dueDate() == null ? null : rendered.dueDate().toString());
        return body.toString();
    }

    private Map<String, Object> dataOf(IncomingEvent event) {
        return json.convertValue(event.data(), new TypeReference<Map<String, Object>>() { });
    }

    private static UUID caseId(IncomingEvent event) {
        try {
            return UUID.fromString(event.text("caseId"));
        } catch (IllegalArgumentException e) {
            throw unprocessable(event, "caseId is not a UUID");
        }
    }

    private static String district(IncomingEvent event) {
        String district = event.text("district");
        if (!DISTRICT.matcher(district).matches()) {
            throw unprocessable(event, "district is not a 6-digit code");
        }
        return district;
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
