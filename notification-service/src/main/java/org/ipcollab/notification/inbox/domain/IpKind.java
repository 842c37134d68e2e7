package org.ipcollab.notification.inbox.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * 知识产权类别 — the kind of intellectual property infringed, as case.filed.v1 names it, with the labels a notice
 * shows. A copy of the producer's list, held to the event schema by the consumer tests (no shared domain jar).
 */
public enum IpKind {
    PATENT("专利", "Patent"),
    TRADEMARK("商标", "Trademark"),
    COPYRIGHT("著作权（版权）", "Copyright"),
    GEOGRAPHICAL_INDICATION("地理标志", "Geographical indication"),
    PLANT_VARIETY("植物新品种", "Plant variety"),
    TRADE_SECRET("商业秘密", "Trade secret");

    private final String labelZh;
    private final String labelEn;

    IpKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The kind with this exact code, or empty for a code this version does not know. */
    public static Optional<IpKind> fromCode(String code) {
        for (IpKind kind : values()) {
            if (kind.name().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    String labelEnInSentence() {
        return labelEn.toLowerCase(Locale.ROOT);
    }
}
