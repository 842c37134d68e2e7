package org.ipcollab.cases.infringement;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.ipcollab.cases.infringement.domain.CaseEvent;
import org.ipcollab.cases.infringement.domain.Infringer;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.messaging.Outbox;
import org.ipcollab.cases.security.Caller;

/** 登记案件 — an enforcement officer files a case; the case and its {@code case.filed} event commit together. */
@ApplicationScoped
public class FileCase {
    @Inject
    CaseRepository cases;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    @Transactional
    public InfringementCase file(FileCaseRequest request) {
        caller.requireDistrict(request.district());
        InfringementCase.Filing filing = InfringementCase.file(request.district(), caller.department(),
                request.ipKind(), request.title(),
                new Infringer(request.infringer().name().strip(), request.infringer().creditCode()),
                caller.subject(), Instant.now(clock));
        cases.persist(CaseEntity.from(filing.filed()));
        for (CaseEvent event : filing.events()) {
            outbox.append("case", event.caseId().toString(), event.type(), event.district(), event);
        }
        return filing.filed();
    }
}
