package org.ipcollab.cases.infringement;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.ipcollab.cases.infringement.domain.CaseEvent;
import org.ipcollab.cases.infringement.domain.Infringer;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.messaging.Outbox;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.timeline.CaseTimeline;

/**
 * 登记案件 — an enforcement officer files a case; the case, its {@code case.filed} event and its first record entry
 * ({@code CASE_FILED}) commit together.
 */
@ApplicationScoped
public class FileCase {
    @Inject
    CaseRepository cases;

    @Inject
    Outbox outbox;

    @Inject
    CaseTimeline timeline;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    @Transactional
    public InfringementCase file(FileCaseRequest request) {
        caller.requireDistrict(request.district());
        InfringementCase.Filing filing = InfringementCase.file(request.district(), caller.department(),
                request.ipKind(), request.title(),
                new Infringer(request.infringer().name().strip(), request.infringer().creditCode()),
                caller.subject(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS)); // as PostgreSQL keeps it
        InfringementCase filed = filing.filed();
        cases.persist(CaseEntity.from(filed));
        cases.flush(); // the record's entry refers to the case row
        timeline.append(filed.id(), "CASE_FILED", "登记案件（" + filed.ipKind().labelZh() + "）：" + filed.title(),
                "Case filed (" + filed.ipKind().labelEn() + "): " + filed.title(), null, CaseSnapshot.of(filed));
        for (CaseEvent event : filing.events()) {
            outbox.append("case", event.caseId().toString(), event.type(), event.district(), event);
        }
        return filing.filed();
    }
}
