package org.ipcollab.cases.sharing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.ipcollab.cases.infringement.domain.IpKind;
import org.ipcollab.cases.rules.CalendarFiles;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SharingAgreementTest {
    static final Instant T = Instant.parse("2026-11-20T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static SharingAgreement aLiangpingDachuanAgreement() {
        return SharingAgreement.propose(UUID.randomUUID(), "500155", "511703", Set.of(IpKind.TRADEMARK),
                Set.of(SharedField.STATUS), Set.of(SharedEvent.CASE_QUERY, SharedEvent.CLUE_TRANSFER),
                new ResponsePeriod(10, ResponsePeriod.Unit.WORKING_DAYS), LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), "liaison-500155", T);
    }

    @Test
    @DisplayName("an agreement is in force only when both districts' liaisons approved it, and only within its period")
    void inForceOnlyAfterBothApprovals() {
        SharingAgreement a = aLiangpingDachuanAgreement();
        assertFalse(a.allows("500155", "511703", SharedEvent.CASE_QUERY, TODAY));
        assertFalse(a.approve("500155", "liaison-500155", T));
        assertFalse(a.allows("511703", "500155", SharedEvent.CASE_QUERY, TODAY));
        assertTrue(a.approve("511703", "liaison-511703", T));
        assertTrue(a.allows("511703", "500155", SharedEvent.CASE_QUERY, TODAY));
        assertFalse(a.allows("511703", "500155", SharedEvent.ASSISTANCE, TODAY), "not an allowed kind of traffic");
        assertFalse(a.allows("511703", "511724", SharedEvent.CASE_QUERY, TODAY), "not a party");
        assertFalse(a.allows("511703", "500155", SharedEvent.CASE_QUERY, LocalDate.of(2028, 1, 1)), "expired");
        assertThrows(SharingRefused.class, () -> a.approve("511703", "liaison-511703", T));
    }

    @Test
    @DisplayName("either side suspends an agreement in force and resumes it; a suspended one shares nothing")
    void suspendAndResume() {
        SharingAgreement a = aLiangpingDachuanAgreement();
        assertThrows(SharingRefused.class, () -> a.suspend("500155", "x", T, "reason"));
        a.approve("500155", "l1", T);
        a.approve("511703", "l2", T);
        a.suspend("511703", "l2", T, "修订");
        assertEquals(AgreementStatus.SUSPENDED, a.status());
        assertFalse(a.inForceOn(TODAY));
        assertThrows(IllegalArgumentException.class, () -> a.resume("511724"));
        a.resume("500155");
        assertTrue(a.inForceOn(TODAY));
    }

    @Test
    @DisplayName("an agreement with itself, without IP kinds, sharing queries without fields, or ending before it"
            + " starts is refused")
    void invalidAgreements() {
        ResponsePeriod p = new ResponsePeriod(5, ResponsePeriod.Unit.CALENDAR_DAYS);
        assertThrows(IllegalArgumentException.class, () -> SharingAgreement.propose(UUID.randomUUID(), "500155",
                "500155", Set.of(IpKind.PATENT), Set.of(SharedField.STATUS), Set.of(SharedEvent.CASE_QUERY), p,
                TODAY, TODAY, "x", T));
        assertThrows(IllegalArgumentException.class, () -> SharingAgreement.propose(UUID.randomUUID(), "500155",
                "511703", Set.of(), Set.of(SharedField.STATUS), Set.of(SharedEvent.CASE_QUERY), p, TODAY, TODAY,
                "x", T));
        assertThrows(IllegalArgumentException.class, () -> SharingAgreement.propose(UUID.randomUUID(), "500155",
                "511703", Set.of(IpKind.PATENT), Set.of(), Set.of(SharedEvent.CASE_QUERY), p, TODAY, TODAY, "x", T));
        assertThrows(IllegalArgumentException.class, () -> SharingAgreement.propose(UUID.randomUUID(), "500155",
                "511703", Set.of(IpKind.PATENT), Set.of(), Set.of(SharedEvent.CLUE_TRANSFER), p, TODAY,
                TODAY.minusDays(1), "x", T));
        assertThrows(IllegalArgumentException.class, () -> new ResponsePeriod(0, ResponsePeriod.Unit.WORKING_DAYS));
    }

    @Test
    @DisplayName("10 working days from a clue sent on 2026-09-28 skip the National Day holiday and end 24:00 Beijing"
            + " time; 10 calendar days do not")
    void responseDeadline() {
        WorkingDayCalendar calendar = CalendarFiles.bundled();
        Instant sent = LocalDate.of(2026, 9, 28).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        ResponsePeriod.Due working = new ResponsePeriod(10, ResponsePeriod.Unit.WORKING_DAYS).dueAt(sent, calendar);
        LocalDate expected = calendar.plusWorkingDays(LocalDate.of(2026, 9, 28), 10);
        assertTrue(expected.isAfter(LocalDate.of(2026, 10, 8)), "the holiday week does not count: " + expected);
        assertEquals(WorkingDayCalendar.endOf(expected), working.at());
        assertFalse(working.provisional());
        ResponsePeriod.Due calendarDays = new ResponsePeriod(10, ResponsePeriod.Unit.CALENDAR_DAYS).dueAt(sent,
                calendar);
        assertEquals(WorkingDayCalendar.endOf(LocalDate.of(2026, 10, 8)), calendarDays.at());
        ResponsePeriod.Due nextYear = new ResponsePeriod(30, ResponsePeriod.Unit.WORKING_DAYS)
                .dueAt(Instant.parse("2027-12-01T02:00:00Z"), calendar);
        assertTrue(nextYear.provisional(), "a year without a loaded calendar is counted provisionally");
    }

    @Test
    @DisplayName("a person's name is masked as 张某某; compound surnames keep only the first character")
    void masking() {
        assertEquals("张某某", Masking.personName("张三丰"));
        assertEquals("李某", Masking.personName("李四"));
        assertEquals("欧某某", Masking.personName("欧阳修"));
        assertEquals("某某", Masking.personName(" "));
    }

    @Test
    @DisplayName("an inbound signature matches only its secret, timestamp and exact body; a timestamp outside the"
            + " window is stale")
    void inboundSignature() {
        byte[] secret = "partner-secret-partner-secret-0123".getBytes(StandardCharsets.UTF_8);
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        String sig = InboundSignature.sign(secret, "1790000000", body);
        assertEquals(64, sig.length());
        assertTrue(InboundSignature.matches(secret, "1790000000", body, sig.toUpperCase()));
        assertFalse(InboundSignature.matches(secret, "1790000001", body, sig));
        assertFalse(InboundSignature.matches(secret, "1790000000", "{\"a\":2}".getBytes(StandardCharsets.UTF_8), sig));
        assertFalse(InboundSignature.matches("other".getBytes(StandardCharsets.UTF_8), "1790000000", body, sig));
        assertFalse(InboundSignature.matches(secret, "1790000000", body, null));
        Instant now = Instant.ofEpochSecond(1790000000);
        assertTrue(InboundSignature.fresh("1790000100", now, Duration.ofSeconds(300)));
        assertFalse(InboundSignature.fresh("1789999000", now, Duration.ofSeconds(300)));
        assertFalse(InboundSignature.fresh("yesterday", now, Duration.ofSeconds(300)));
    }
}
