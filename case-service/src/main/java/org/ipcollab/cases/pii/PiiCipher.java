package org.ipcollab.cases.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data (e.g. a resident ID number) with AES-256-GCM and computes a keyed lookup hash
 * (HMAC-SHA256), from one configured 256-bit master key. Two sub-keys are derived from it
 * (HMAC-SHA256(master, "ipcollab-pii-enc-v1") and "…-mac-v1"), so the lookup hash never reuses the encryption key.
 * <p>
 * Ciphertext text: {@code v1:} + base64(12-byte random IV ‖ ciphertext ‖ 16-byte tag). The associated data binds it
 * to where it is stored (e.g. the case id), so a value copied into another row does not decrypt.
 */
public final class PiiCipher {
    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec macKey;
    private final SecureRandom random = new SecureRandom();

    public PiiCipher(byte[] masterKey) {
        if (masterKey == null || masterKey.length != 32) {
            throw new IllegalArgumentException("the personal-data key (ipcollab.pii.key) must be 32 bytes, base64");
        }
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "ipcollab-pii-enc-v1"), "AES");
        this.macKey = new SecretKeySpec(derive(masterKey, "ipcollab-pii-mac-v1"), "HmacSHA256");
    }

    /** From the base64 text of the configuration; refuses anything but 32 bytes. */
    public static PiiCipher fromBase64(String key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key == null ? "" : key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the personal-data key (ipcollab.pii.key) is not base64");
        }
        return new PiiCipher(bytes);
    }

    public String encrypt(String plaintext, String associatedData) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plaintext; throws if the text was altered, or was sealed under another key or associated data. */
    public String decrypt(String ciphertext, String associatedData) {
        if (ciphertext == null || !ciphertext.startsWith(VERSION)) {
            throw new IllegalArgumentException("not a v1 personal-data ciphertext");
        }
        byte[] in = Base64.getDecoder().decode(ciphertext.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("personal-data ciphertext does not verify (altered, or another key)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Keyed hash (64 hex characters) for exact-match lookups without decrypting every row. */
    public String lookupHash(String plaintext) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return HexFormat.of().formatHex(mac.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] derive(byte[] master, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
