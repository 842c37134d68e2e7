package org.ipcollab.cases.publication;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.ipcollab.cases.infringement.ChangeCase;
import org.ipcollab.cases.infringement.domain.CaseRefused;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.PublicationWithdrawn;
import org.ipcollab.cases.security.Caller;

/**
 * 撤下公示信息 — after the decision was changed or revoked, a regulator of the case's department withdraws the
 * publication: the public endpoints stop showing it at once, and the withdrawal clock stops (on time or late).
 */
@ApplicationScoped
public class WithdrawPublication {
    @Inject
    ChangeCase change;

    @Inject
    Publications publications;

    @Inject
    Caller caller;

    @Transactional
    public Publications.Row withdraw(UUID caseId, String reason) {
        PublicationWithdrawn[] made = new PublicationWithdrawn[1];
        change.apply(caseId, (c, now) -> {
            Publications.Row row = publications.ofCase(caseId).orElseThrow(
                    () -> new CaseRefused("the decision of this case was not published; there is nothing to withdraw"));
            InfringementCase.Change withdrawn = c.withdrawPublication(row.id(), reason, caller.subject(), now,
                    change.rules());
            made[0] = (PublicationWithdrawn) withdrawn.events().get(0);
            return withdrawn;
        });
        PublicationWithdrawn e = made[0];
        publications.markWithdrawn(e.publicationId(), e.withdrawnAt(), e.withdrawnBy(), e.reason());
        return publications.ofCase(caseId).orElseThrow();
    }
}
