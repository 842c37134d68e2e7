package org.ipcollab.cases.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ipcollab.cases.infringement.DistinctOfficers;
import org.ipcollab.cases.infringement.ValidCreditCode;
import org.ipcollab.cases.infringement.ValidResidentIdNumber;
import org.ipcollab.cases.infringement.domain.IpKind;
import org.ipcollab.cases.infringement.domain.PartyKind;
import org.ipcollab.cases.thresholds.domain.InfringingAct;

/** Bodies and answers of clue transfers (线索移送). */
public final class ClueTransferRequests {
    private ClueTransferRequests() {
    }

    static final String DISTRICT = "[0-9]{6}";
    static final String DISTRICT_MESSAGE = "must be a 6-digit GB/T 2260 district code";

    /** The suspected infringer: an ORGANISATION with its credit code, or a PERSON with the resident ID number. */
    public record Infringer(@NotNull PartyKind kind, @NotBlank @Size(max = 200) String name,
            @ValidCreditCode String creditCode, @ValidResidentIdNumber String idNumber) {
        @Override
        public String toString() { // never log a resident ID number
            return "Infringer[kind=" + kind + ", name=" + name + ", creditCode=" + creditCode + "]";
        }
    }

    /** {@code POST /clue-transfers}: the caller's district sends a clue to {@code toDistrict}. */
    public record Send(
            @NotNull @Pattern(regexp = DISTRICT, message = DISTRICT_MESSAGE) @Schema(example = "511703") String toDistrict,
            @NotNull IpKind ipKind,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String summary,
            InfringingAct act,
            @NotNull @Valid Infringer infringer) {
    }

    /** {@code POST /inbound/clue-transfers}: the same, from a partner deployment, with its own reference. */
    public record Inbound(
            @NotNull @Pattern(regexp = DISTRICT, message = DISTRICT_MESSAGE) String fromDistrict,
            @NotBlank @Size(max = 100) String fromDepartment,
            @NotBlank @Size(max = 200) String sentBy,
            @NotBlank @Size(max = 200) String reference,
            @NotNull @Valid Send clue) {
    }

    /** {@code POST /clue-transfers/{id}/registration}: the receiving regulator files it as a case. */
    public record Register(@NotNull @DistinctOfficers @Size(min = 2, max = 20) List<@NotBlank @Size(max = 200) String> officers,
            @Size(max = 200) String title) {
    }

    /** {@code POST /clue-transfers/{id}/rejection}. */
    public record Reject(@NotBlank @Size(max = 2000) String reasons) {
    }

    public record Response(UUID id, UUID agreementId, String fromDistrict, String fromDepartment, String toDistrict,
            String channel, String partnerReference, String ipKind, String ipKindZh, String ipKindEn, String title,
            String summary, InfringingAct act, InfringerView infringer, String sentBy, Instant sentAt, Instant dueAt,
            boolean dueProvisional, String status, String statusZh, String statusEn, String answeredBy,
            Instant answeredAt, String rejectionReasons, UUID caseId, boolean overdue) {
        static Response of(ClueTransferEntity e, Instant now, String callerDistrict) {
            return new Response(e.id, e.agreementId, e.fromDistrict, e.fromDepartment, e.toDistrict, e.channel,
                    e.partnerReference, e.ipKind.name(), e.ipKind.labelZh(), e.ipKind.labelEn(), e.title, e.summary,
                    e.act, new InfringerView(e.infringerKind, e.infringerName, e.infringerCreditCode,
                            e.infringerIdNumberMasked),
                    e.sentBy, e.sentAt, e.dueAt, e.dueProvisional, e.status.name(), e.status.labelZh,
                    e.status.labelEn, e.answeredBy, e.answeredAt, e.rejectionReasons,
                    e.toDistrict.equals(callerDistrict) ? e.caseId : null,
                    e.status == ClueTransferEntity.Status.SENT ? now.isAfter(e.dueAt)
                            : e.answeredAt.isAfter(e.dueAt));
        }
    }

    /** The infringer as shown: a person's ID number only masked. */
    public record InfringerView(PartyKind kind, String name, String creditCode, String idNumberMasked) {
    }
}
