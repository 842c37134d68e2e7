package org.ipcollab.cases.sharing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ipcollab.cases.infringement.ValidCreditCode;
import org.ipcollab.cases.infringement.domain.IpKind;

/**
 * Body of {@code POST /shared-cases/queries} (a POST, so the purpose and the identifiers stay out of URLs and access
 * logs). At least one of creditCode, infringerName, goods is given; every criterion combines with AND.
 */
public record SharedQueryRequest(
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code")
        @Schema(description = "the district whose cases are queried (the owning district)", example = "500155")
        String district,
        @NotBlank @Size(max = 500) @Schema(description = "查询目的 — required; recorded in the owning district's access log",
                example = "核查当事人是否在邻区受过知识产权行政处罚") String purpose,
        @ValidCreditCode String creditCode,
        @Size(min = 2, max = 100) String infringerName,
        IpKind ipKind,
        @Size(min = 2, max = 100) String goods,
        LocalDate filedFrom,
        LocalDate filedTo) {

    boolean hasIdentifier() {
        return creditCode != null || infringerName != null || goods != null;
    }
}
