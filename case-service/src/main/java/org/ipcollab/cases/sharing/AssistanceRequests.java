package org.ipcollab.cases.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.ipcollab.cases.sharing.domain.AssistanceKind;

import com.fasterxml.jackson.core.type.TypeReference;

/** Bodies and answers of assistance requests (协查). */
public final class AssistanceRequests {
    private AssistanceRequests() {
    }

    /** {@code POST /assistance-requests}. */
    public record Send(
            @NotNull @Pattern(regexp = ClueTransferRequests.DISTRICT, message = ClueTransferRequests.DISTRICT_MESSAGE)
            String toDistrict,
            @NotNull AssistanceKind kind,
            @NotBlank @Size(max = 200) String subject,
            @NotBlank @Size(max = 4000) String details,
            UUID relatedCaseId) {
    }

    /** {@code POST /inbound/assistance-requests}. */
    public record Inbound(
            @NotNull @Pattern(regexp = ClueTransferRequests.DISTRICT, message = ClueTransferRequests.DISTRICT_MESSAGE)
            String fromDistrict,
            @NotBlank @Size(max = 100) String fromDepartment,
            @NotBlank @Size(max = 200) String sentBy,
            @NotBlank @Size(max = 200) String reference,
            @NotNull @Valid Send request) {
    }

    /** An attachment's metadata: the file itself stays with the assisting district; its SHA-256 pins what was sent. */
    public record Attachment(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String mediaType,
            @NotNull @PositiveOrZero Long size,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be the lowercase hex SHA-256 of the file")
            String sha256) {
    }

    /** {@code POST /assistance-requests/{id}/answer}. */
    public record Answer(@NotBlank @Size(max = 4000) String result,
            @Size(max = 50) List<@NotNull @Valid Attachment> attachments) {
    }

    public record Response(UUID id, UUID agreementId, String fromDistrict, String fromDepartment, String toDistrict,
            String channel, String partnerReference, String kind, String kindZh, String kindEn, String subject,
            String details, UUID relatedCaseId, String sentBy, Instant sentAt, Instant dueAt, boolean dueProvisional,
            String status, String statusZh, String statusEn, String answeredBy, Instant answeredAt, String result,
            List<Attachment> attachments, boolean overdue) {
        static Response of(AssistanceRequestEntity e, Instant now, boolean showRelatedCase) {
            List<Attachment> files = e.attachments == null ? List.of()
                    : Json.read(e.attachments, new TypeReference<List<Attachment>>() {
                    });
            return new Response(e.id, e.agreementId, e.fromDistrict, e.fromDepartment, e.toDistrict, e.channel,
                    e.partnerReference, e.kind.name(), e.kind.labelZh(), e.kind.labelEn(), e.subject, e.details,
                    showRelatedCase ? e.relatedCaseId : null, e.sentBy, e.sentAt, e.dueAt, e.dueProvisional,
                    e.status.name(), e.status.labelZh, e.status.labelEn, e.answeredBy, e.answeredAt, e.result, files,
                    e.status == AssistanceRequestEntity.Status.REQUESTED ? now.isAfter(e.dueAt)
                            : e.answeredAt.isAfter(e.dueAt));
        }
    }
}
