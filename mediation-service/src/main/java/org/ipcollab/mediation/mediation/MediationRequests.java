package org.ipcollab.mediation.mediation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ipcollab.mediation.mediation.domain.MediationKind;
import org.ipcollab.mediation.mediation.domain.TermKind;
import org.ipcollab.mediation.mediation.domain.Values.CourtBasis;
import org.ipcollab.mediation.mediation.domain.Values.Side;

/** The request bodies of the mediation endpoints. */
public final class MediationRequests {
    private MediationRequests() {
    }

    public record PartyRequest(@NotNull Side side, @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String userId) {
    }

    /** 申请调解. {@code organisationId} is required for DIRECT requests; a court appoints later. */
    public record CreateMediationRequest(UUID caseId, @NotNull MediationKind kind, @NotBlank @Size(max = 200) String title,
            @NotNull @Pattern(regexp = "PATENT|TRADEMARK|COPYRIGHT|GEOGRAPHICAL_INDICATION|PLANT_VARIETY|TRADE_SECRET") String ipKind,
            @NotNull @Size(min = 2, max = 2) List<@Valid @NotNull PartyRequest> parties, UUID organisationId) {
    }

    public record AppointRequest(@NotNull UUID organisationId, @NotNull UUID mediatorId) {
    }

    public record ExtensionRequest(@NotNull @Min(1) @Max(365) Integer days, @NotBlank @Size(max = 500) String reference) {
    }

    public record SessionRequest(@NotNull LocalDate heldOn, @Size(max = 200) String place, boolean online,
            @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 200) String> attendees,
            @NotBlank @Size(max = 4000) String summary, List<@NotBlank @Size(max = 300) String> documents) {
    }

    public record TermRequest(@NotNull TermKind kind, @NotBlank @Size(max = 1000) String description,
            @Pattern(regexp = "[0-9]{1,12}(\\.[0-9]{1,2})?", message = "a yuan amount such as 50000 or 50000.00") String amountYuan,
            @NotNull LocalDate performBy) {
    }

    public record AgreementRequest(@NotNull @Size(min = 1, max = 50) List<@Valid @NotNull TermRequest> terms) {
    }

    public record SignRequest(@NotBlank @Pattern(regexp = "[0-9a-f]{64}") String contentHash) {
    }

    public record FailureRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record ConfirmationApplicationRequest(@Size(max = 100) String court, CourtBasis courtBasis) {
    }

    public record CourtAnswerRequest(@NotNull Boolean accepted, @Size(max = 2000) String reason) {
    }

    public record CourtDecisionRequest(@NotNull Boolean confirmed, @Size(max = 2000) String reason) {
    }

    public record ApprovalRequest(@NotBlank @Size(max = 500) String reference) {
    }

    public record PerformanceRequest(@NotNull LocalDate performedOn, @Size(max = 1000) String note) {
    }
}
