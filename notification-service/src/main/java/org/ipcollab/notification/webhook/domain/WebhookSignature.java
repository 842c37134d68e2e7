package org.ipcollab.notification.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * 签名 — how a webhook delivery is signed: HMAC-SHA256 with the subscription's secret over
 * {@code <timestamp> + "." + <body>}, the timestamp being the Unix seconds sent in {@code X-IPCollab-Timestamp}; the
 * header {@code X-IPCollab-Signature} carries {@code v1=<lowercase hex>}. A receiver recomputes it to reject forgeries
 * and rejects a timestamp older than its tolerance (e.g. 5 minutes) to reject replays.
 */
public final class WebhookSignature {
    public static final String SCHEME = "v1=";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return SCHEME + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** True when {@code signature} is the signature of the body at that timestamp (constant-time comparison). */
    public static boolean verify(String secret, long timestamp, String body, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
