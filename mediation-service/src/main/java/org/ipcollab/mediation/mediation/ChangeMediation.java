package org.ipcollab.mediation.mediation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.NotFoundException;

import org.ipcollab.mediation.mediation.domain.Mediation;
import org.ipcollab.mediation.mediation.domain.MediationEvent;
import org.ipcollab.mediation.messaging.Outbox;
import org.ipcollab.mediation.rules.MediationRules;

/**
 * The use cases of a mediation: load it (locked), check who calls, run the domain command, store the mediation, its
 * terms and clocks, and hand the events to the outbox — all in one transaction, so a refused command changes nothing.
 */
@ApplicationScoped
public class ChangeMediation {
    @Inject
    MediationRepository repository;

    @Inject
    Outbox outbox;

    @Inject
    MediationRules rules;

    public Mediation.Law law() {
        return new Mediation.Law(rules.timeLimits(), rules.calendar());
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional
    public MediationResponse create(Mediation.Result result) {
        Instant now = now();
        repository.insert(result.mediation(), now);
        publish(result.events());
        return MediationResponse.of(result.mediation(), rules.calendar(), now);
    }

    /** Runs {@code command} on mediation {@code id} once {@code authorize} let the caller through. */
    @Transactional
    public MediationResponse change(UUID id, Consumer<Mediation> authorize,
            BiFunction<Mediation, Instant, List<MediationEvent>> command) {
        MediationRepository.Loaded loaded = repository.find(id, true)
                .orElseThrow(() -> new NotFoundException("no mediation " + id));
        authorize.accept(loaded.mediation());
        Instant now = now();
        List<MediationEvent> events = command.apply(loaded.mediation(), now);
        repository.update(loaded.mediation(), loaded.version(), now);
        publish(events);
        return MediationResponse.of(loaded.mediation(), rules.calendar(), now);
    }

    @Transactional
    public MediationResponse read(UUID id, Consumer<Mediation> authorize) {
        MediationRepository.Loaded loaded = repository.find(id, false)
                .orElseThrow(() -> new NotFoundException("no mediation " + id));
        authorize.accept(loaded.mediation());
        return MediationResponse.of(loaded.mediation(), rules.calendar(), now());
    }

    @Transactional(TxType.MANDATORY)
    public void publish(List<MediationEvent> events) {
        for (MediationEvent e : events) {
            outbox.append("mediation", e.mediationId().toString(), e.type(), e.district(), payload(e));
        }
    }

    /** The event data: the fields every mediation event carries, then the fact's own. */
    static Map<String, Object> payload(MediationEvent e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", e.caseId() == null ? null : e.caseId().toString());
        data.put("mediationId", e.mediationId().toString());
        data.put("district", e.district());
        data.put("mediationKind", e.kind().name());
        data.put("status", e.status().name());
        data.put("statusZh", e.status().labelZh());
        data.put("statusEn", e.status().labelEn());
        data.put("occurredAt", e.occurredAt());
        data.putAll(e.details());
        return data;
    }
}
