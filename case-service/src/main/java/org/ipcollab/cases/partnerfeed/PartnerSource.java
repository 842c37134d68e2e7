package org.ipcollab.cases.partnerfeed;

import java.util.Optional;

/** The service whose events give a case's partner status, known by the topic it publishes on. */
public enum PartnerSource {
    /** 移送 — referral-service (issue 4). */
    REFERRAL("ipcollab.referral.v1", "移送", "Referral"),
    /** 调解 — mediation-service (issue 5). */
    MEDIATION("ipcollab.mediation.v1", "调解", "Mediation");

    private final String topic;
    private final String labelZh;
    private final String labelEn;

    PartnerSource(String topic, String labelZh, String labelEn) {
        this.topic = topic;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public static Optional<PartnerSource> ofTopic(String topic) {
        for (PartnerSource s : values()) {
            if (s.topic.equals(topic)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public String topic() {
        return topic;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
