package org.ipcollab.cases.infringement.domain;

import java.util.UUID;

/** A business fact about a case, published to the other departments; its type names its schema. */
public sealed interface CaseEvent permits CaseFiled, CaseFiledV2, CaseMarkedMajor, ConsultationRecorded,
        LifecycleEvent, DecisionPublished, DecisionRevoked, PublicationWithdrawn, SharingEvent {
    UUID caseId();

    String district();

    /** CloudEvents type, e.g. {@code org.ipcollab.case.filed.v1}; documented in docs/events. */
    String type();
}
