package org.ipcollab.cases.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.ipcollab.cases.statistics.domain.CaseMetric;
import org.ipcollab.cases.statistics.domain.PeriodFigures;
import org.ipcollab.cases.statistics.domain.StatisticsPeriod;

/**
 * Case statistics of one district: one row per period in the range, every period present (zeros included), and the
 * definition of every figure. Counts are JSON numbers; rates and average days are decimal strings or null.
 */
public record CaseStatisticsResponse(String district, LocalDate from, LocalDate to, StatisticsPeriod period,
        String periodZh, String periodEn, String timeZone, Instant generatedAt, List<Row> rows,
        List<Definition> definitions) {

    /** One district and period. {@code periodStart}/{@code periodEnd} are the part of the period inside the range. */
    public record Row(String district, String period, LocalDate periodStart, LocalDate periodEnd, long casesFiled,
            long casesOpened, long openingDecisions, long openedOnTime, String onTimeOpeningRate, long casesClosed,
            long closedOnTime, String onTimeClosingRate, long decisions, long referrals, String referralRate,
            long referralRequired, long finesWithoutReferral, long publicationsDue, long publishedOnTime,
            String publicationTimelinessRate, String averageDurationDays) {

        static Row of(String district, StatisticsPeriod.Bucket bucket, PeriodFigures f) {
            return new Row(district, bucket.label(), bucket.from(), bucket.to(), f.casesFiled(), f.casesOpened(),
                    f.openingDecisions(), f.openedOnTime(), f.onTimeOpeningRate(), f.casesClosed(), f.closedOnTime(),
                    f.onTimeClosingRate(), f.decisions(), f.referrals(), f.referralRate(), f.referralRequired(),
                    f.finesWithoutReferral(), f.publicationsDue(), f.publishedOnTime(),
                    f.publicationTimelinessRate(), f.averageDurationDays());
        }
    }

    /** What a figure means: its code (the JSON field and CSV column), labels and definition in Chinese and English. */
    public record Definition(String code, String labelZh, String labelEn, String definitionZh, String definitionEn) {
        static List<Definition> all() {
            return Arrays.stream(CaseMetric.values()).map(m -> new Definition(m.code(), m.labelZh(), m.labelEn(),
                    m.definitionZh(), m.definitionEn())).toList();
        }
    }
}
