package org.ipcollab.cases.infringement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {
    /** Builds a number with the right check character from its first 17 digits. */
    static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    @Test
    @DisplayName("the published GB 11643 sample 11010519491231002X is valid, with check character X")
    void publishedSample() {
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
        assertTrue(ResidentIdNumber.isValid("11010519491231002X"));
    }

    @Test
    @DisplayName("a number with a digit check character is valid; weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 mod 11")
    void digitCheck() {
        // Σ digit·weight = 249; 249 mod 11 = 7 → "10X98765432"[7] = '5'
        assertEquals('5', ResidentIdNumber.checkCharacter("50015519900307123"));
        assertTrue(ResidentIdNumber.isValid("500155199003071235"));
    }

    @Test
    @DisplayName("a wrong check character is refused, and so is a lower-case x")
    void wrongCheck() {
        assertFalse(ResidentIdNumber.isValid("500155199003071230"));
        assertFalse(ResidentIdNumber.isValid("11010519491231002x"));
        assertFalse(ResidentIdNumber.isValid("110105194912310020"));
    }

    @Test
    @DisplayName("a birth date that does not exist (Feb 30, month 13) or is before 1900 is refused even with a right check")
    void badBirthDate() {
        assertFalse(ResidentIdNumber.isValid(withCheck("50015519900230123")));
        assertFalse(ResidentIdNumber.isValid(withCheck("50015519901301123")));
        assertFalse(ResidentIdNumber.isValid(withCheck("50015518991231123")));
        assertTrue(ResidentIdNumber.isValid(withCheck("50015520000229123")), "2000-02-29 exists");
        assertFalse(ResidentIdNumber.isValid(withCheck("50015519000229123")), "1900-02-29 does not");
    }

    @Test
    @DisplayName("the wrong shape is refused: 15 digits, letters, null")
    void shape() {
        assertFalse(ResidentIdNumber.isValid("500155900307123"));
        assertFalse(ResidentIdNumber.isValid("50015519900307A230"));
        assertFalse(ResidentIdNumber.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumber.checkCharacter("123"));
    }

    @Test
    @DisplayName("masking keeps the first 6 and the last 4 characters: 500155********1235")
    void masking() {
        assertEquals("500155********1235", ResidentIdNumber.mask("500155199003071235"));
        assertEquals("110105********002X", ResidentIdNumber.mask("11010519491231002X"));
    }

    @Test
    @DisplayName("a person infringer keeps only the masked number; an organisation never has one")
    void personInfringer() {
        Infringer person = Infringer.person(" 张某某 ", "11010519491231002X");
        assertEquals(PartyKind.PERSON, person.kind());
        assertEquals("张某某", person.name());
        assertEquals("110105********002X", person.maskedIdNumber());
        assertFalse(person.toString().contains("11010519491231002X"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Infringer.person("张某某", "110105194912310021"));
        assertFalse(e.getMessage().contains("110105194912310021"), "the message never echoes the number");
        assertThrows(IllegalArgumentException.class,
                () -> new Infringer(PartyKind.ORGANISATION, "x", "91350100M000100Y43", "110105********002X"));
        assertThrows(IllegalArgumentException.class,
                () -> new Infringer(PartyKind.PERSON, "x", null, "11010519491231002X"));
    }
}
