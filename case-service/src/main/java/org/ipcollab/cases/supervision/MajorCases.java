package org.ipcollab.cases.supervision;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * 重大案件 — whether a case is major (under joint supervision) and who supervises it, for other features of this
 * service: e.g. the case lifecycle requires legal review (重大执法决定法制审核, APL art 58) before deciding a major case.
 * No caller checks here: the calling feature has already decided that its caller may see the case. Joins the
 * caller's transaction, or runs in its own.
 */
@ApplicationScoped
public class MajorCases {
    @Inject
    SupervisionRepository supervisions;

    /** True once the case has been marked major ({@code POST /cases/{id}/major-supervision}); false for unknown ids. */
    @Transactional
    public boolean isMajor(UUID caseId) {
        return supervisions.count("caseId", caseId) > 0;
    }

    /** The supervising departments in the order they were named; empty when the case is not major or unknown. */
    @Transactional
    public List<String> supervisingDepartments(UUID caseId) {
        return supervisions.findByIdOptional(caseId).map(s -> List.copyOf(s.supervisingDepartments)).orElse(List.of());
    }
}
