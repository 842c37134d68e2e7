package org.ipcollab.cases.sharing;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ipcollab.cases.infringement.domain.IpKind;
import org.ipcollab.cases.sharing.domain.ResponsePeriod;
import org.ipcollab.cases.sharing.domain.SharedEvent;
import org.ipcollab.cases.sharing.domain.SharedField;

/** Bodies of the sharing-agreement commands. */
public final class AgreementRequests {
    private AgreementRequests() {
    }

    /** {@code POST /sharing-agreements}: the caller's district proposes an agreement to {@code partnerDistrict}. */
    public record Propose(
            @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code")
            @Schema(example = "511703") String partnerDistrict,
            @NotEmpty @Size(max = 6) Set<@NotNull IpKind> ipKinds,
            @Size(max = 8) Set<@NotNull SharedField> sharedFields,
            @NotEmpty @Size(max = 4) Set<@NotNull SharedEvent> sharedEvents,
            @NotNull @Min(1) @Max(365) Integer responseAmount,
            @NotNull ResponsePeriod.Unit responseUnit,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validUntil) {
    }

    /** {@code POST /sharing-agreements/{id}/suspension}. */
    public record Suspend(@NotBlank @Size(max = 1000) String reason) {
    }
}
