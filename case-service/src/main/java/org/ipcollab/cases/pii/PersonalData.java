package org.ipcollab.cases.pii;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;

/**
 * 个人信息保护 — the service's {@link PiiCipher} under the configured key. Built at start-up, so a missing or malformed
 * {@code ipcollab.pii.key} stops the service from starting rather than failing the first filing.
 */
@Startup
@Singleton
public class PersonalData {
    private final PiiCipher cipher;

    @Inject
    public PersonalData(PiiConfig config) {
        this.cipher = PiiCipher.fromBase64(config.key());
    }

    /** The encrypted value and its lookup hash, bound to {@code associatedData} (e.g. the case id). */
    public record Protected(String ciphertext, String lookupHash) {
    }

    public Protected protect(String plaintext, String associatedData) {
        return new Protected(cipher.encrypt(plaintext, associatedData), cipher.lookupHash(plaintext));
    }

    public String reveal(String ciphertext, String associatedData) {
        return cipher.decrypt(ciphertext, associatedData);
    }

    public String lookupHash(String plaintext) {
        return cipher.lookupHash(plaintext);
    }
}
