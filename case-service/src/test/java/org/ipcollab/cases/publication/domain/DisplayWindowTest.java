package org.ipcollab.cases.publication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.ipcollab.cases.infringement.domain.Decision;
import org.ipcollab.cases.infringement.domain.DecisionOutcome;
import org.ipcollab.cases.infringement.domain.PartyKind;
import org.ipcollab.cases.infringement.domain.PenaltyMeasure;
import org.ipcollab.cases.publication.PublicationRuleFiles;
import org.ipcollab.cases.rules.CalendarFiles;
import org.ipcollab.cases.rules.TimeLimitFiles;
import org.ipcollab.cases.rules.domain.TimeLimitRules;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;
import org.ipcollab.cases.thresholds.domain.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How long a published decision is shown: by the time-limit rules and the province's small fine, all data. */
class DisplayWindowTest {
    static final TimeLimitRules RULES = TimeLimitFiles.bundled();
    static final WorkingDayCalendar CALENDAR = CalendarFiles.bundled();
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final PublicationRules SHIPPED = new PublicationRuleFiles().rules();

    static Instant beijing(String t) {
        return LocalDateTime.parse(t).atZone(BEIJING).toInstant();
    }

    static Decision fine(String yuan, PenaltyMeasure... more) {
        EnumSet<PenaltyMeasure> measures = EnumSet.of(PenaltyMeasure.FINE, more);
        Money gains = measures.contains(PenaltyMeasure.CONFISCATE_ILLEGAL_GAINS) ? Money.ofYuan(100) : null;
        return new Decision(DecisionOutcome.PENALTY, measures, Money.ofYuan(yuan), gains, "梁市监处罚〔2026〕1号", "理由",
                null, Instant.parse("2026-11-20T02:00:00Z"), "amr-officer-01");
    }

    @Test
    @DisplayName("a small fine published on 2026-11-23 is shown until the end of 2027-02-23 (3 months), Beijing time")
    void threeMonths() {
        Instant published = beijing("2026-11-23T10:00");
        Instant until = DisplayWindow.until(true, published, RULES, CALENDAR);
        assertEquals(beijing("2027-02-23T23:59:59.999999999").getEpochSecond(), until.getEpochSecond());
        assertEquals("case.publication-display-small-fine", DisplayWindow.rule(true, published, RULES).id());
        assertTrue(DisplayWindow.shownAt(published, until, beijing("2027-02-23T20:00")));
        assertFalse(DisplayWindow.shownAt(published, until, beijing("2027-02-24T00:00:01")));
    }

    @Test
    @DisplayName("any other published decision is shown 3 years (36 months): until the end of 2029-11-23")
    void threeYears() {
        Instant published = beijing("2026-11-23T10:00");
        Instant until = DisplayWindow.until(false, published, RULES, CALENDAR);
        assertEquals(LocalDate.of(2029, 11, 23), LocalDate.ofInstant(until, BEIJING));
        assertEquals(36, DisplayWindow.rule(false, published, RULES).amount());
        assertTrue(DisplayWindow.shownAt(published, until, beijing("2029-11-23T12:00")));
        assertFalse(DisplayWindow.shownAt(published, until, beijing("2029-11-24T00:00:01")));
        assertFalse(DisplayWindow.shownAt(published, until, beijing("2026-11-23T09:00")), "not before publication");
    }

    @Test
    @DisplayName("the small fine is the province's data: by party kind, only a fine (or warning), not confirmed")
    void smallFineByData() {
        PublicationRules.SmallFine small = SHIPPED.smallFine();
        assertFalse(small.confirmed(), "the province's figure is not confirmed yet");
        assertTrue(small.source().contains("provincial"));
        assertTrue(small.covers(fine("3000.00"), PartyKind.PERSON));
        assertFalse(small.covers(fine("3000.01"), PartyKind.PERSON));
        assertTrue(small.covers(fine("30000.00"), PartyKind.ORGANISATION));
        assertFalse(small.covers(fine("30000.01"), PartyKind.ORGANISATION));
        assertFalse(small.covers(fine("500.00", PenaltyMeasure.CONFISCATE_GOODS), PartyKind.PERSON),
                "not only a fine: 3 years");

        PublicationRules other = new PublicationRules(new PublicationRules.SmallFine(
                Map.of(PartyKind.PERSON, Money.ofYuan(10000), PartyKind.ORGANISATION, Money.ofYuan(100000)),
                Set.of(PenaltyMeasure.FINE, PenaltyMeasure.CONFISCATE_GOODS), true, "another province"),
                PublicationRules.PersonName.SURNAME_ONLY);
        assertTrue(other.smallFine().covers(fine("5000.00", PenaltyMeasure.CONFISCATE_GOODS), PartyKind.PERSON));
        assertEquals("张某某", other.publicName(PartyKind.PERSON, "张三丰"));
        assertEquals("张三丰", SHIPPED.publicName(PartyKind.PERSON, "张三丰"));
    }
}
