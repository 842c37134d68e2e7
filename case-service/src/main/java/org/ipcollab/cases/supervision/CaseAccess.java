package org.ipcollab.cases.supervision;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.NotFoundException;

import org.ipcollab.cases.infringement.CaseEntity;
import org.ipcollab.cases.infringement.CaseRepository;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.supervision.domain.MajorCaseSupervision;

/**
 * Which cases a caller can see here: those of the caller's district (as {@code GET /cases/{id}}), and major cases
 * that the caller's department supervises, from any district. Any other case answers 404, so a caller cannot learn
 * that it exists.
 */
@ApplicationScoped
class CaseAccess {
    @Inject
    CaseRepository cases;

    @Inject
    SupervisionRepository supervisions;

    @Inject
    Caller caller;

    /** A visible case with its supervision, if it is major. */
    record Visible(CaseEntity theCase, Optional<MajorCaseSupervision> supervision) {
    }

    /**
     * @param lock {@code PESSIMISTIC_WRITE} for a change: one writer of a case at a time until commit, so the order of
     *             a case's outbox rows follows commit order (docs/architecture.md, Relay)
     */
    Visible visible(UUID caseId, LockModeType lock) {
        CaseEntity theCase = cases.findByIdOptional(caseId, lock).orElseThrow(() -> notFound(caseId));
        Optional<MajorCaseSupervision> supervision = supervisions.findByIdOptional(caseId)
                .map(s -> s.toDomain(theCase));
        boolean visible = theCase.district.equals(caller.district())
                || supervision.map(s -> s.supervisedBy(caller.department())).orElse(false);
        if (!visible) {
            throw notFound(caseId);
        }
        return new Visible(theCase, supervision);
    }

    /** A visible case that must be major: 404 when it is not (there is no supervision to show). */
    MajorCaseSupervision visibleMajor(UUID caseId) {
        return visible(caseId, LockModeType.NONE).supervision().orElseThrow(() -> new NotFoundException(
                "case " + caseId + " is not a major case under joint supervision / 该案件未列为重大案件联合督办"));
    }

    private NotFoundException notFound(UUID caseId) {
        return new NotFoundException("no case " + caseId + " visible to department " + caller.department()
                + " of district " + caller.district());
    }
}
