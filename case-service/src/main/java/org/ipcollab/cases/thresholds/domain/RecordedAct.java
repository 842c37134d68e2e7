package org.ipcollab.cases.thresholds.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 一次侵权行为 — one act of infringement found in the case, with its goods and the illegal gains established for it.
 * Repeated acts that were never dealt with add up; an act already handled administratively or punished criminally
 * does not (法释〔2004〕19号 art 12(2)).
 *
 * @param illegalGains     违法所得 — the illegal gains established for this act, or null if not established
 * @param alreadyPenalised 已经行政处理或者刑事处罚 — the act was already dealt with, so it is not added up
 */
public record RecordedAct(String label, LocalDate date, List<GoodsLine> goods, Money illegalGains,
        boolean alreadyPenalised) {

    public RecordedAct {
        label = ThresholdRow.requireText(label, "act label");
        Objects.requireNonNull(date, label + ": date");
        goods = List.copyOf(Objects.requireNonNull(goods, label + ": goods"));
    }

    /** An act not yet dealt with. */
    public static RecordedAct of(String label, LocalDate date, List<GoodsLine> goods, Money illegalGains) {
        return new RecordedAct(label, date, goods, illegalGains, false);
    }

    public RecordedAct penalised() {
        return new RecordedAct(label, date, goods, illegalGains, true);
    }
}
