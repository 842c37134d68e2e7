package org.ipcollab.cases.infringement.domain;

import java.util.UUID;

/**
 * 跨区域协作 — an event of cross-district sharing (agreements, clue transfers, assistance requests). Its aggregate is
 * the agreement, transfer or request, not a case: {@link #caseId()} answers that aggregate's id, which is the Kafka
 * record key and CloudEvents subject, so one agreement's (transfer's, request's) events stay in order.
 */
public sealed interface SharingEvent extends CaseEvent permits SharingAgreementProposed, SharingAgreementApproved, SharingAgreementSuspended, SharingAgreementResumed, ClueTransferred, ClueTransferRegistered, ClueTransferRejected, ClueTransferOverdue, AssistanceRequested, AssistanceAnswered, AssistanceRequestOverdue, JointActionStarted, AppraisalRecognised {
    UUID aggregateId();

    /** The aggregate's id (the record key); not a case id. */
    @Override
    default UUID caseId() {
        return aggregateId();
    }
}
