package org.ipcollab.cases.infringement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {
    @Test
    @DisplayName("a published code's check character is computed as GB 32100 says")
    void knownCode() {
        // 91350100M000100Y43: the code used as the worked example of the standard's check character.
        assertEquals('3', UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4"));
        assertTrue(UnifiedSocialCreditCode.isValid("91350100M000100Y43"));
    }

    @Test
    @DisplayName("a check value of 31 becomes the character 0")
    void thirtyOneIsZero() {
        String first17 = findPrefixWithCheck('0');
        assertTrue(UnifiedSocialCreditCode.isValid(first17 + "0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y4", "91350100M000100Y433", "91350100I000100Y43",
            "9135010OM000100Y43", "", "91350100m000100y43", "9135A100M000100Y43"})
    @DisplayName("wrong check character, length, forbidden letters, lower case or a non-numeric division are refused")
    void invalid(String code) {
        assertFalse(UnifiedSocialCreditCode.isValid(code));
    }

    @Test
    @DisplayName("null is not a code")
    void nullIsInvalid() {
        assertFalse(UnifiedSocialCreditCode.isValid(null));
    }

    private static String findPrefixWithCheck(char wanted) {
        for (int i = 0; i < 100_000; i++) {
            String prefix = "91500155MA" + String.format("%07d", i);
            if (UnifiedSocialCreditCode.checkCharacter(prefix) == wanted) {
                return prefix;
            }
        }
        throw new AssertionError("no prefix found");
    }
}
