package org.ipcollab.cases.infringement;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ipcollab.cases.infringement.domain.ClueSource;
import org.ipcollab.cases.infringement.domain.EvidenceKind;
import org.ipcollab.cases.infringement.domain.IpKind;
import org.ipcollab.cases.infringement.domain.PartyKind;
import org.ipcollab.cases.thresholds.domain.InfringingAct;

/** Body of {@code POST /cases}. */
@ConsistentFiling
public record FileCaseRequest(
        @NotNull IpKind ipKind,
        @NotBlank @Size(max = 200) String title,
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code") String district,
        @NotNull ClueSource clueSource,
        @Schema(description = "侵权行为 — optional at filing; must be an act against the case's IP kind") InfringingAct act,
        @NotNull @Valid InfringerRequest infringer,
        @Valid RightHolderRequest rightHolder,
        @Size(max = 200) List<@NotNull @Valid GoodsRequest> goods,
        @Size(max = 500) List<@NotNull @Valid EvidenceRequest> evidence,
        @NotNull @DistinctOfficers @Size(max = 20) List<@NotBlank @Size(max = 200) String> officers,
        @Valid @Schema(description = "认定的案件事实 — optional at filing; the act date defaults to the filing day")
        FactsRequest facts) {

    /** The money pattern: yuan as a decimal string, at most two decimals. */
    static final String YUAN = "[0-9]{1,12}(\\.[0-9]{1,2})?";
    static final String YUAN_MESSAGE = "must be yuan as a decimal string with at most two decimals, e.g. \"79.90\"";

    /**
     * The suspected infringer (当事人): an ORGANISATION with its unified social credit code, or a PERSON with the
     * resident ID number (kept encrypted, shown masked).
     */
    @ConsistentFiling
    public record InfringerRequest(
            @NotNull PartyKind kind,
            @NotBlank @Size(max = 200) String name,
            @ValidCreditCode @Schema(example = "91500155MA60E6XU89") String creditCode,
            @ValidResidentIdNumber @Schema(example = "50015519900307409X") String idNumber) {

        @Override
        public String toString() { // never log a resident ID number
            return "InfringerRequest[kind=" + kind + ", name=" + name + ", creditCode=" + creditCode + "]";
        }
    }

    /** 权利人 — the right holder. */
    public record RightHolderRequest(
            @NotBlank @Size(max = 200) String name,
            @ValidCreditCode String creditCode) {
    }

    /** 涉案物品 — one line of goods; prices are yuan per unit as decimal strings ("79.90"). */
    @ConsistentFiling
    public record GoodsRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 20) String unit,
            @PositiveOrZero Long quantitySold,
            @PositiveOrZero Long quantityUnsold,
            @Pattern(regexp = YUAN, message = YUAN_MESSAGE) String actualSalePrice,
            @Pattern(regexp = YUAN, message = YUAN_MESSAGE) String markedPrice,
            @Pattern(regexp = YUAN, message = YUAN_MESSAGE) String averageActualSalePrice,
            @Pattern(regexp = YUAN, message = YUAN_MESSAGE) String genuineMarketMidPrice) {

        long sold() {
            return quantitySold == null ? 0 : quantitySold;
        }

        long unsold() {
            return quantityUnsold == null ? 0 : quantityUnsold;
        }
    }

    /** 证据清单中的一项. */
    public record EvidenceRequest(
            @NotNull EvidenceKind kind,
            @NotBlank @Size(max = 500) String description,
            @NotNull @Schema(example = "2026-11-20T02:00:00Z") Instant collectedAt) {
    }
}
