package org.ipcollab.testsupport;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints bearer tokens with the claims the suite reads: sub/upn, groups (one role), dept, district.
 * Inside a {@code @QuarkusTest} use the no-key methods: they sign with {@code smallrye.jwt.sign.key},
 * which {@link IpcollabTestResources} sets to the run's private key.
 */
public final class Tokens {
    public static final String TEST_ISSUER = "https://ipcollab.test/issuer";

    private Tokens() {
    }

    public static String token(String role, String dept, String district) {
        return claims(role, dept, district, Duration.ofHours(1)).sign();
    }

    /** A token for a named user ({@code sub} and {@code upn}), e.g. one of a case's handling officers. */
    public static String tokenFor(String subject, String role, String dept, String district) {
        return claims(role, dept, district, Duration.ofHours(1)).subject(subject).upn(subject).sign();
    }

    public static String token(String role, String dept, String district, PrivateKey key) {
        return claims(role, dept, district, Duration.ofHours(1)).sign(key);
    }

    /** {@link #tokenFor(String, String, String, String)} signed with {@code key} (outside a {@code @QuarkusTest}). */
    public static String tokenFor(String subject, String role, String dept, String district, PrivateKey key) {
        return claims(role, dept, district, Duration.ofHours(1)).subject(subject).upn(subject).sign(key);
    }

    /** A token whose expiry lies in the past; a service must answer 401. */
    public static String expired(String role, String dept, String district) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return claims(role, dept, district, Duration.ofHours(1)).issuedAt(past).expiresAt(past.plusSeconds(60)).sign();
    }

    /** A well-formed token signed by a key nobody trusts; a service must answer 401. */
    public static String forged(String role, String dept, String district) {
        return claims(role, dept, district, Duration.ofHours(1)).sign(TestKeys.generate().getPrivate());
    }

    private static JwtClaimsBuilder claims(String role, String dept, String district, Duration ttl) {
        String subject = role + "@" + dept;
        Instant now = Instant.now();
        return Jwt.issuer(TEST_ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .claim("dept", dept)
                .claim("district", district)
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(ttl));
    }
}
