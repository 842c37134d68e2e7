package org.ipcollab.referral.court;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ipcollab.referral.court.domain.MediationMode;

/** Bodies of the court-inbox commands. */
public final class CourtRequests {
    private CourtRequests() {
    }

    /**
     * A civil IP dispute about a case known in the district. {@code plaintiffUserId}/{@code defendantUserId} are optional:
     * the parties' user ids (token {@code sub}) where the court knows them; mediation-service needs both to open the
     * mediation the court entrusts (without them it cannot tell the parties' accounts and does not open it).
     */
    public record Register(@NotNull UUID caseId, @NotBlank @Size(max = 200) String plaintiff,
            @NotBlank @Size(max = 200) String defendant, @NotBlank @Size(max = 4000) String claim,
            @Pattern(regexp = "\\S.*", message = "not blank when given") @Size(max = 200) String plaintiffUserId,
            @Pattern(regexp = "\\S.*", message = "not blank when given") @Size(max = 200) String defendantUserId) {
    }

    /**
     * 委派/委托调解 to a mediation organisation, named by its name and, where the court knows it, by its id in
     * mediation-service's registry ({@code mediationOrganisationId}, optional).
     */
    public record Entrust(@NotNull MediationMode mode, @NotBlank @Size(max = 200) String mediationOrganisation,
            UUID mediationOrganisationId, @Size(max = 2000) String note) {
    }
}
