package org.ipcollab.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * An RSA key pair made fresh for a test run and written as PEM files, so no signing key is ever committed.
 * Services under test trust the public key; {@link Tokens} signs with the private one.
 */
public final class TestKeys {
    public final KeyPair keyPair;
    public final Path privateKeyPem;
    public final Path publicKeyPem;

    private TestKeys(KeyPair keyPair, Path privateKeyPem, Path publicKeyPem) {
        this.keyPair = keyPair;
        this.privateKeyPem = privateKeyPem;
        this.publicKeyPem = publicKeyPem;
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Generates a key pair and writes it below {@code dir} as private.pem (PKCS#8) and public.pem (X.509). */
    public static TestKeys generateInto(Path dir) {
        KeyPair pair = generate();
        try {
            Files.createDirectories(dir);
            Path priv = dir.resolve("private.pem");
            Path pub = dir.resolve("public.pem");
            Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            return new TestKeys(pair, priv.toAbsolutePath(), pub.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keyPair.getPublic().getEncoded());
    }

    public String privateKeyBase64() {
        return Base64.getEncoder().encodeToString(keyPair.getPrivate().getEncoded());
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
