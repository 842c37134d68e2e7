package org.ipcollab.cases.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies and answers of joint enforcement actions (联合执法). */
public final class JointActionRequests {
    private JointActionRequests() {
    }

    /** {@code POST /joint-actions}: the caller's district leads. */
    public record Start(
            @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = ClueTransferRequests.DISTRICT,
                    message = ClueTransferRequests.DISTRICT_MESSAGE) String> participants,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String description) {
    }

    /** {@code POST /joint-actions/{id}/cases}. */
    public record Link(@NotNull UUID caseId) {
    }

    /** {@code POST /joint-actions/{id}/entries}: a note on the shared record. */
    public record Note(@NotBlank @Size(max = 2000) String summary) {
    }

    /** {@code POST /joint-actions/{id}/appraisals}: an appraisal (鉴定/检验) result for a linked case of the caller's district. */
    public record Appraisal(@NotNull UUID caseId, @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 200) String issuer, @NotBlank @Size(max = 2000) String conclusion,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be the lowercase hex SHA-256 of the document")
            String sha256) {
    }

    public record LinkedCase(UUID caseId, String district, String caseNumber, String ipKind, String linkedBy,
            Instant linkedAt) {
    }

    public record Entry(int seq, Instant occurredAt, String district, String actor, String action, String summaryZh,
            String summaryEn) {
    }

    public record Recognition(String district, String recognisedBy, Instant recognisedAt) {
    }

    public record AppraisalView(UUID id, UUID caseId, String district, String title, String issuer, String conclusion,
            String sha256, String recordedBy, Instant recordedAt, List<Recognition> recognitions) {
    }

    public record Response(UUID id, String leadDistrict, List<String> districts, String title, String description,
            String startedBy, Instant startedAt, List<LinkedCase> cases, List<AppraisalView> appraisals,
            List<Entry> record) {
    }
}
