package org.ipcollab.cases.statistics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The counts of one district and period, added up day by day, and the rates derived from them. A rate is a decimal
 * string with four places ("0.6667"), or null when its denominator is zero, so "no cases" never reads as "0 % on time".
 */
public final class PeriodFigures {
    long casesFiled;
    long casesOpened;
    long openingDecisions;
    long openedOnTime;
    long casesClosed;
    long closedOnTime;
    long decisions;
    long referrals;
    long referralRequired;
    long finesWithoutReferral;
    long publicationsDue;
    long publishedOnTime;
    long closedWithDuration;
    double durationSeconds;

    public void addFiled(long n) {
        casesFiled += n;
    }

    public void addOpened(long n) {
        casesOpened += n;
    }

    public void addOpeningDecisions(long n, long onTime) {
        openingDecisions += n;
        openedOnTime += onTime;
    }

    public void addClosed(long n, long onTime, long withDuration, double seconds) {
        casesClosed += n;
        closedOnTime += onTime;
        closedWithDuration += withDuration;
        durationSeconds += seconds;
    }

    public void addDecisions(long n, long referred, long required, long requiredNotReferred) {
        decisions += n;
        referrals += referred;
        referralRequired += required;
        finesWithoutReferral += requiredNotReferred;
    }

    public void addPublications(long due, long onTime) {
        publicationsDue += due;
        publishedOnTime += onTime;
    }

    public long casesFiled() {
        return casesFiled;
    }

    public long casesOpened() {
        return casesOpened;
    }

    public long openingDecisions() {
        return openingDecisions;
    }

    public long openedOnTime() {
        return openedOnTime;
    }

    public String onTimeOpeningRate() {
        return rate(openedOnTime, openingDecisions);
    }

    public long casesClosed() {
        return casesClosed;
    }

    public long closedOnTime() {
        return closedOnTime;
    }

    public String onTimeClosingRate() {
        return rate(closedOnTime, casesClosed);
    }

    public long decisions() {
        return decisions;
    }

    public long referrals() {
        return referrals;
    }

    public String referralRate() {
        return rate(referrals, decisions);
    }

    public long referralRequired() {
        return referralRequired;
    }

    public long finesWithoutReferral() {
        return finesWithoutReferral;
    }

    public long publicationsDue() {
        return publicationsDue;
    }

    public long publishedOnTime() {
        return publishedOnTime;
    }

    public String publicationTimelinessRate() {
        return rate(publishedOnTime, publicationsDue);
    }

    /** Mean calendar days from opening to closure, two places, or null when no opened case was closed. */
    public String averageDurationDays() {
        if (closedWithDuration == 0) {
            return null;
        }
        return BigDecimal.valueOf(durationSeconds).divide(BigDecimal.valueOf(closedWithDuration * 86_400L), 2,
                RoundingMode.HALF_UP).toPlainString();
    }

    public static String rate(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
