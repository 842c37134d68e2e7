package org.ipcollab.cases.infringement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ipcollab.cases.infringement.domain.IpKind;

/** Body of {@code POST /cases}. */
public record FileCaseRequest(
        @NotNull IpKind ipKind,
        @NotBlank @Size(max = 200) String title,
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code") String district,
        @NotNull @Valid InfringerRequest infringer) {

    /** The suspected infringer, an organisation. */
    public record InfringerRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @ValidCreditCode @Schema(example = "91500155MA60E6XU89") String creditCode) {
    }
}
