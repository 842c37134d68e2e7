package org.ipcollab.cases.timeline;

import java.util.UUID;

import org.ipcollab.cases.timeline.domain.ChainVerdict;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The verdict on a case's record. Intact: {@code intact=true}, {@code entries} and {@code headHash} (the last entry's
 * hash, which a person may note down elsewhere to detect a later cut of the tail). Broken: {@code intact=false}, the
 * first broken entry's {@code seq} and id, a {@code reason} code and a {@code detail} sentence.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationResponse(UUID caseId, boolean intact, int entries, String headHash, Integer firstBrokenSeq,
        UUID firstBrokenEntryId, ChainVerdict.BreakReason reason, String detail) {

    static VerificationResponse of(UUID caseId, ChainVerdict verdict) {
        if (verdict instanceof ChainVerdict.Broken b) {
            return new VerificationResponse(caseId, false, b.entries(), null, b.seq(), b.entryId(), b.reason(),
                    b.detail());
        }
        ChainVerdict.Intact i = (ChainVerdict.Intact) verdict;
        return new VerificationResponse(caseId, true, i.entries(), i.headHash(), null, null, null, null);
    }
}
