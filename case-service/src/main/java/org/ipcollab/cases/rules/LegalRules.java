package org.ipcollab.cases.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.ipcollab.cases.rules.domain.TimeLimitRules;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;
import org.ipcollab.cases.rules.domain.YearCalendar;
import org.ipcollab.cases.thresholds.ThresholdRuleFiles;
import org.ipcollab.cases.thresholds.domain.ThresholdRuleSet;
import org.ipcollab.cases.thresholds.domain.ThresholdRuleSets;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The legal rules in force for this service: the working-day calendar, the statutory time limits and the criminal
 * threshold rule sets. Every use case asks this bean, never the files, so rules loaded or corrected by an
 * administrator apply everywhere.
 * <p>
 * <b>Bundled + loaded.</b> The files under {@code rules/} on the classpath are the base. On top of them come the
 * documents administrators loaded ({@code legal_rule_document}, see {@link RuleDocuments}): the newest document per
 * year replaces or adds that year's calendar; the newest document per rule-set id replaces the bundled set of that id
 * or adds a set. The combination must still be consistent ({@link ThresholdRuleSets#of} refuses two sets in force on
 * one day; {@link WorkingDayCalendar} refuses calendars that disagree about a date), so a load that would break it is
 * refused and nothing is stored. Time limits are bundled only.
 * <p>
 * <b>Freshness.</b> The rules are held in memory as one immutable snapshot. A load made through this replica applies
 * to it as soon as the load returns. Loads made through another replica are picked up by {@link #scheduledRefresh}
 * every {@code ipcollab.rules.refresh-every} (30 s): until then that other replica's new rules are not seen here.
 * Every refresh (scheduled, after a load, or the first read) rebuilds the snapshot from the database under one lock,
 * so a slow refresh can never put back an older state after a newer one.
 * <p>
 * <b>Fail closed.</b> Until the loaded documents have been read once, the first call reads them (during a database
 * outage that call fails like any other database use, rather than answer from the bundled rules alone). If a stored document can no longer be read (e.g. a newer
 * version of the service validates more strictly), the refresh fails and logs which document: the previous snapshot
 * stays in force, and before the first successful refresh every call fails rather than apply rules other than the
 * ones an administrator loaded. Constructed outside CDI (a plain unit test), it serves the bundled rules only.
 */
@ApplicationScoped
public class LegalRules {
    private static final Logger LOG = Logger.getLogger(LegalRules.class);

    /** Refuses duplicate keys and anything after the document, which Jackson would otherwise let pass silently. */
    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final WorkingDayCalendar bundledCalendar = CalendarFiles.bundled();
    private final TimeLimitRules timeLimits = TimeLimitFiles.bundled();
    private final ThresholdRuleSets bundledThresholds = ThresholdRuleFiles.loadBundled();

    @Inject
    RuleDocuments documents;

    private final Object refreshLock = new Object();
    /** Null until the loaded documents have been read once. */
    private volatile Snapshot snapshot;

    public WorkingDayCalendar calendar() {
        return current().calendar();
    }

    public TimeLimitRules timeLimits() {
        return timeLimits;
    }

    public ThresholdRuleSets thresholds() {
        return current().thresholds();
    }

    /** Where the calendar of {@code year} in force comes from; empty when no calendar is in force for it. */
    public Optional<RuleOrigin> calendarOrigin(int year) {
        return Optional.ofNullable(current().calendarOrigins().get(year));
    }

    /** Where the threshold rule set {@code id} in force comes from; empty when there is no such set. */
    public Optional<RuleOrigin> thresholdSetOrigin(String id) {
        return Optional.ofNullable(current().thresholdOrigins().get(id));
    }

    /** The calendar, the threshold sets and their origins as one consistent view (for listings). */
    public Snapshot snapshot() {
        return current();
    }

    /**
     * Loads a year's working-day calendar (the format of {@link CalendarFiles}) in place of the one in force for that
     * year, or as a new year. Refused ({@link RuleDocumentRefusedException}) when the JSON is invalid, its year is not
     * {@code year}, or it disagrees about a date with a neighbouring year's calendar; nothing is stored then.
     *
     * @return the calendar as stored, with its origin
     */
    public Loaded<YearCalendar> loadCalendar(int year, String json, String loadedBy, String loadedByDistrict,
            String reason) {
        String name = "calendar " + year;
        YearCalendar calendar = readCalendar(name, json, year);
        RuleDocument stored = store(new Parsed(RuleDocumentKind.CALENDAR, Integer.toString(year), calendar, null),
                json, loadedBy, loadedByDistrict, reason);
        refresh();
        return new Loaded<>(calendar, RuleOrigin.of(stored));
    }

    /**
     * Loads a whole threshold rule set (the format of {@link ThresholdRuleFiles}) in place of the set with the same id,
     * or as a new set. Refused when the JSON is invalid, its id is not {@code setId}, or it would be in force on the
     * same day as another set; nothing is stored then.
     *
     * @return the set as stored, with its origin
     */
    public Loaded<ThresholdRuleSet> loadThresholdSet(String setId, String json, String loadedBy,
            String loadedByDistrict, String reason) {
        String name = "threshold rule set " + setId;
        ThresholdRuleSet set = readThresholdSet(name, json, setId);
        RuleDocument stored = store(new Parsed(RuleDocumentKind.THRESHOLD_SET, setId, null, set), json, loadedBy,
                loadedByDistrict, reason);
        refresh();
        return new Loaded<>(set, RuleOrigin.of(stored));
    }

    /**
     * Rebuilds the rules in force from the bundled files and the newest loaded document per year and rule set.
     * Called after every load, by the scheduler, and by tests that changed {@code legal_rule_document} directly.
     */
    public void refresh() {
        synchronized (refreshLock) {
            // Constructed outside CDI (a plain unit test): the bundled rules only, as before loading existed.
            List<RuleDocument> latest = documents == null ? List.of()
                    : QuarkusTransaction.requiringNew().call(documents::latest);
            List<Parsed> parsed = new ArrayList<>();
            for (RuleDocument document : latest) {
                parsed.add(parseStored(document));
            }
            Snapshot next;
            try {
                next = combine(latest, parsed);
            } catch (RuleDocumentRefusedException e) {
                throw new IllegalStateException("the loaded legal rules do not fit together: " + e.getMessage(), e);
            }
            Snapshot previous = snapshot;
            snapshot = next;
            if (previous == null || !previous.documentIds().equals(next.documentIds())) {
                LOG.infof("legal rules in force: calendars %s, threshold rule sets %s; loaded documents in force: %s",
                        next.calendarOrigins().keySet(), next.thresholdOrigins().keySet(),
                        latest.stream().map(d -> d.describe() + " by " + d.loadedBy() + " at " + d.loadedAt())
                                .toList());
            }
        }
    }

    void onStart(@Observes StartupEvent event) {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not read the loaded legal rules at start; the first use will try again");
        }
    }

    /** Picks up documents loaded through other replicas. */
    @Scheduled(identity = "legal-rules-refresh", every = "${ipcollab.rules.refresh-every:30s}",
            delayed = "${ipcollab.rules.refresh-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not refresh the legal rules; the rules read before stay in force");
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            refresh();
            s = snapshot;
        }
        return s;
    }

    /**
     * In one transaction, queued behind any other load: checks the new document against the newest stored documents
     * (not this replica's snapshot, which may be up to one refresh behind), then appends it.
     */
    private RuleDocument store(Parsed candidate, String json, String loadedBy, String loadedByDistrict,
            String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            documents.lockForLoad();
            List<RuleDocument> latest = new ArrayList<>();
            List<Parsed> parsed = new ArrayList<>();
            for (RuleDocument document : documents.latest()) {
                if (document.kind() != candidate.kind() || !document.key().equals(candidate.key())) {
                    latest.add(document);
                    parsed.add(parseStored(document));
                }
            }
            parsed.add(candidate);
            combine(latest, parsed);
            return documents.insert(candidate.kind(), candidate.key(), json, loadedBy, loadedByDistrict, reason);
        });
    }

    private Parsed parseStored(RuleDocument document) {
        try {
            return switch (document.kind()) {
                case CALENDAR -> new Parsed(document.kind(), document.key(),
                        readCalendar(document.describe(), document.json(), Integer.parseInt(document.key())), null);
                case THRESHOLD_SET -> new Parsed(document.kind(), document.key(), null,
                        readThresholdSet(document.describe(), document.json(), document.key()));
            };
        } catch (RuleDocumentRefusedException e) {
            throw new IllegalStateException("a stored rule document can no longer be read: " + e.getMessage(), e);
        }
    }

    /**
     * The bundled rules with {@code parsed} laid over them. {@code stored} are the documents among them that are in
     * the database (their origins); a document in {@code parsed} without a stored row is a load being checked.
     */
    private Snapshot combine(List<RuleDocument> stored, List<Parsed> parsed) {
        Map<String, RuleDocument> storedByKey = new LinkedHashMap<>();
        for (RuleDocument document : stored) {
            storedByKey.put(document.kind() + " " + document.key(), document);
        }
        WorkingDayCalendar calendar = bundledCalendar;
        Map<Integer, RuleOrigin> calendarOrigins = new TreeMap<>();
        bundledCalendar.years().forEach(year -> calendarOrigins.put(year, RuleOrigin.BUNDLED));
        Map<String, ThresholdRuleSet> sets = new LinkedHashMap<>();
        Map<String, RuleOrigin> setOrigins = new TreeMap<>();
        for (ThresholdRuleSet set : bundledThresholds.all()) {
            sets.put(set.id(), set);
            setOrigins.put(set.id(), RuleOrigin.BUNDLED);
        }
        List<Parsed> inOrder = new ArrayList<>(parsed);
        inOrder.sort(Comparator.comparing(Parsed::kind).thenComparing(Parsed::key));
        for (Parsed p : inOrder) {
            RuleDocument row = storedByKey.get(p.kind() + " " + p.key());
            RuleOrigin origin = row == null ? null : RuleOrigin.of(row);
            if (p.kind() == RuleDocumentKind.CALENDAR) {
                try {
                    calendar = calendar.with(p.calendar());
                } catch (IllegalArgumentException e) {
                    throw new RuleDocumentRefusedException("calendar " + p.key() + ": " + e.getMessage(), e);
                }
                calendarOrigins.put(p.calendar().year(), origin);
            } else {
                sets.put(p.set().id(), p.set());
                setOrigins.put(p.set().id(), origin);
            }
        }
        ThresholdRuleSets thresholds;
        try {
            thresholds = ThresholdRuleSets.of(new ArrayList<>(sets.values()));
        } catch (IllegalArgumentException e) {
            throw new RuleDocumentRefusedException(e.getMessage(), e);
        }
        return new Snapshot(calendar, calendarOrigins, thresholds, setOrigins,
                stored.stream().map(RuleDocument::id).sorted().toList());
    }

    static YearCalendar readCalendar(String name, String json, int year) {
        YearCalendar calendar;
        try {
            calendar = CalendarFiles.parse(name, strictTree(name, json));
        } catch (RuleFileException | IllegalArgumentException e) {
            throw new RuleDocumentRefusedException(e.getMessage(), e);
        }
        if (calendar.year() != year) {
            throw new RuleDocumentRefusedException(name + ": $: 'year' is " + calendar.year() + ", but the calendar is"
                    + " loaded for " + year);
        }
        return calendar;
    }

    static ThresholdRuleSet readThresholdSet(String name, String json, String setId) {
        strictTree(name, json);
        ThresholdRuleSet set;
        try {
            set = ThresholdRuleFiles.parse(json, name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleDocumentRefusedException(e.getMessage(), e);
        }
        if (!set.id().equals(setId)) {
            throw new RuleDocumentRefusedException(name + ": $: \"id\" is " + set.id() + ", but the rule set is loaded"
                    + " as " + setId);
        }
        return set;
    }

    private static JsonNode strictTree(String name, String json) {
        if (json == null || json.isBlank()) {
            throw new RuleDocumentRefusedException(name + ": the body is empty; send the JSON document");
        }
        JsonNode root;
        try {
            root = STRICT_JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new RuleDocumentRefusedException(name + ": not valid JSON" + at + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new RuleDocumentRefusedException(name + ": $: expected a JSON object");
        }
        return root;
    }

    /** A document read and checked on its own: exactly one of {@code calendar} and {@code set} is set. */
    private record Parsed(RuleDocumentKind kind, String key, YearCalendar calendar, ThresholdRuleSet set) {
    }

    /**
     * The rules in force at one moment. An origin is {@code null} only while a load is being checked, never in a
     * snapshot in force.
     *
     * @param documentIds the ids of the loaded documents in force, ascending
     */
    public record Snapshot(WorkingDayCalendar calendar, Map<Integer, RuleOrigin> calendarOrigins,
            ThresholdRuleSets thresholds, Map<String, RuleOrigin> thresholdOrigins, List<Long> documentIds) {
        public Snapshot {
            calendarOrigins = Collections.unmodifiableMap(new TreeMap<>(calendarOrigins));
            thresholdOrigins = Collections.unmodifiableMap(new TreeMap<>(thresholdOrigins));
            documentIds = List.copyOf(documentIds);
        }
    }

    /** What a load stored: the rules as read from the document, and the record of the load. */
    public record Loaded<T>(T rules, RuleOrigin origin) {
    }
}
