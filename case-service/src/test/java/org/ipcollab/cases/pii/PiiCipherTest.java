package org.ipcollab.cases.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PiiCipherTest {
    static final String ID = "11010519491231002X";
    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    @Test
    @DisplayName("an ID number encrypts to text without it and decrypts back under the same key and case id")
    void roundTrip() {
        PiiCipher cipher = PiiCipher.fromBase64(KEY);
        String sealed = cipher.encrypt(ID, "case-1");
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains(ID));
        assertEquals(ID, cipher.decrypt(sealed, "case-1"));
        assertNotEquals(sealed, cipher.encrypt(ID, "case-1"), "a fresh IV each time");
    }

    @Test
    @DisplayName("altered text, another case id or another key does not decrypt")
    void tamper() {
        PiiCipher cipher = PiiCipher.fromBase64(KEY);
        String sealed = cipher.encrypt(ID, "case-1");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(altered, "case-1"));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(sealed, "case-2"));
        assertThrows(IllegalArgumentException.class, () -> PiiCipher.fromBase64(OTHER_KEY).decrypt(sealed, "case-1"));
    }

    @Test
    @DisplayName("the lookup hash is a keyed HMAC: the same under one key, different under another, never the number")
    void lookupHash() {
        String h = PiiCipher.fromBase64(KEY).lookupHash(ID);
        assertTrue(h.matches("[0-9a-f]{64}"));
        assertEquals(h, PiiCipher.fromBase64(KEY).lookupHash(ID));
        assertNotEquals(h, PiiCipher.fromBase64(OTHER_KEY).lookupHash(ID));
        assertNotEquals(h, PiiCipher.fromBase64(KEY).lookupHash("110105194912310021"));
    }

    @Test
    @DisplayName("a key that is not base64 of 32 bytes is refused")
    void badKey() {
        assertThrows(IllegalArgumentException.class, () -> PiiCipher.fromBase64(""));
        assertThrows(IllegalArgumentException.class, () -> PiiCipher.fromBase64("not base64 !"));
        assertThrows(IllegalArgumentException.class,
                () -> PiiCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16])));
    }
}
