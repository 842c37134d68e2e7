package org.ipcollab.mediation.mediation.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical text of an agreement (one line per fact, terms in order), and its SHA-256 hash: what the parties, the
 * mediator and the seal sign. Any change of a term changes the hash.
 */
public final class AgreementText {
    private AgreementText() {
    }

    public static String canonical(java.util.UUID mediationId, int version, List<Values.Party> parties,
            List<Values.Term> terms) {
        StringBuilder text = new StringBuilder();
        text.append("ipcollab-mediation-agreement/1\n");
        text.append("mediation: ").append(mediationId).append('\n');
        text.append("version: ").append(version).append('\n');
        for (Values.Party p : parties) {
            text.append("party ").append(p.side()).append(": ").append(p.name()).append('\n');
        }
        for (Values.Term t : terms) {
            text.append("term ").append(t.seq()).append(": ").append(t.kind())
                    .append(" | amountYuan=").append(t.amountYuan() == null ? "" : t.amountYuan())
                    .append(" | performBy=").append(t.performBy())
                    .append(" | ").append(t.description().replace('\n', ' ')).append('\n');
        }
        return text.toString();
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
