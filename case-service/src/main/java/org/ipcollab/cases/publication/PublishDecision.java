package org.ipcollab.cases.publication;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.ipcollab.cases.infringement.ChangeCase;
import org.ipcollab.cases.infringement.MinorInfringers;
import org.ipcollab.cases.infringement.domain.CaseRefused;
import org.ipcollab.cases.infringement.domain.Decision;
import org.ipcollab.cases.infringement.domain.DecisionPublished;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.RuleBook;
import org.ipcollab.cases.publication.domain.DisplayWindow;
import org.ipcollab.cases.publication.domain.PublicDecision;
import org.ipcollab.cases.security.Caller;

/**
 * 公示 — a regulator of the case's department publishes its penalty decision: the public text is built from the
 * decision and redacted, the publication clock stops, and the publication row, the record entry and
 * {@code case.decision-published.v1} commit together with the case.
 */
@ApplicationScoped
public class PublishDecision {
    @Inject
    ChangeCase change;

    @Inject
    MinorInfringers minors;

    @Inject
    PublicationRuleFiles files;

    @Inject
    Publications publications;

    @Inject
    Caller caller;

    @Transactional
    public Publications.Row publish(UUID caseId) {
        UUID publicationId = UUID.randomUUID();
        Object[] made = new Object[2];
        change.apply(caseId, (c, now) -> {
            RuleBook rules = change.rules();
            if (minors.wasMinor(caseId, c.actDate())) {
                throw new CaseRefused("a minor's case is never published (未成年人案件不予公示; DOMAIN.md §3.6)");
            }
            Decision d = c.progress().decision();
            boolean small = d != null && files.rules().smallFine().covers(d, c.infringer().kind());
            Instant until = DisplayWindow.until(small, now, rules.timeLimits(), rules.calendar());
            InfringementCase.Change published = c.publishDecision(publicationId, until, small, caller.subject(), now,
                    rules);
            made[0] = PublicDecision.of(c, files.redaction(), files.rules());
            made[1] = published.events().get(0);
            return published;
        });
        PublicDecision text = (PublicDecision) made[0];
        DecisionPublished event = (DecisionPublished) made[1];
        publications.insert(publicationId, caseId, text, files.redaction().id(), event.publishedAt(),
                event.publishedBy(), event.onTime(), event.smallFine(), event.displayUntil());
        return publications.ofCase(caseId).orElseThrow();
    }
}
