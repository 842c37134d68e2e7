package org.ipcollab.referral.court;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ipcollab.referral.court.domain.MediationMode;

/** Bodies of the court-inbox commands. */
public final class CourtRequests {
    private CourtRequests() {
    }

    /** A civil IP dispute about a case known in the district. */
    public record Register(@NotNull UUID caseId, @NotBlank @Size(max = 200) String plaintiff,
            @NotBlank @Size(max = 200) String defendant, @NotBlank @Size(max = 4000) String claim) {
    }

    /** 委派/委托调解 to a mediation organisation. */
    public record Entrust(@NotNull MediationMode mode, @NotBlank @Size(max = 200) String mediationOrganisation,
            @Size(max = 2000) String note) {
    }
}
