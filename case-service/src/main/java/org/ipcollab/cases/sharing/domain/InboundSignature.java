package org.ipcollab.cases.sharing.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * 跨部署签名 — the HMAC-SHA256 signature a partner deployment puts on a call to the inbound API: lowercase hex of
 * HMAC-SHA256(secret, timestamp + "\n" + body), timestamp being epoch seconds as sent in the header. A request is
 * accepted only with a matching signature (constant-time compare) and a timestamp within the replay window.
 */
public final class InboundSignature {
    private InboundSignature() {
    }

    public static String sign(byte[] secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '\n');
            mac.update(body);
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public static boolean matches(byte[] secret, String timestamp, byte[] body, String signature) {
        if (signature == null || timestamp == null) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether {@code timestamp} (epoch seconds) lies within {@code window} of {@code now}, either side. */
    public static boolean fresh(String timestamp, Instant now, Duration window) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
        return Math.abs(now.getEpochSecond() - seconds) <= window.toSeconds();
    }
}
