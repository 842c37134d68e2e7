package org.ipcollab.cases.publication;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.ipcollab.cases.infringement.ChangeCase;
import org.ipcollab.cases.infringement.domain.CaseRefused;
import org.ipcollab.cases.infringement.domain.DecisionRevoked;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.RevocationKind;
import org.ipcollab.cases.security.Caller;

/**
 * 处罚决定变更、撤销 — recorded once by a regulator of the case's department. A published decision must then be
 * withdrawn within 3 working days (the withdrawal clock starts); one not yet published will not be.
 */
@ApplicationScoped
public class RevokeDecision {
    @Inject
    ChangeCase change;

    @Inject
    Publications publications;

    @Inject
    Caller caller;

    @Transactional
    public DecisionRevoked revoke(UUID caseId, RevocationKind kind, String reason, String reference) {
        DecisionRevoked[] made = new DecisionRevoked[1];
        change.apply(caseId, (c, now) -> {
            if (publications.revoked(caseId)) {
                throw new CaseRefused("a change or revocation of this decision was already recorded");
            }
            InfringementCase.Change revoked = c.revokeDecision(kind, reason, reference, caller.subject(), now,
                    change.rules());
            made[0] = (DecisionRevoked) revoked.events().get(0);
            return revoked;
        });
        DecisionRevoked e = made[0];
        publications.insertRevocation(caseId, e.kind(), e.reason(), e.reference(), e.recordedAt(), e.recordedBy(),
                e.wasPublished());
        return e;
    }
}
