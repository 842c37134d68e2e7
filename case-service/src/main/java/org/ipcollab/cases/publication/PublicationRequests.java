package org.ipcollab.cases.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ipcollab.cases.infringement.domain.RevocationKind;

/** Request bodies of the publication commands. */
public final class PublicationRequests {
    private PublicationRequests() {
    }

    /** 处罚决定被变更或撤销: how, why, and the document that did it (e.g. 复议决定书文号 or a judgment). */
    public record Revocation(@NotNull RevocationKind kind, @NotBlank @Size(max = 2000) String reason,
            @NotBlank @Size(max = 200) String reference) {
    }

    /** 撤下公示信息. */
    public record Withdrawal(@NotBlank @Size(max = 2000) String reason) {
    }
}
