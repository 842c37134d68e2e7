package org.ipcollab.cases.pii;

import io.smallrye.config.ConfigMapping;

/**
 * Protection of personal information at rest. {@code ipcollab.pii.key} (env {@code IPCOLLAB_PII_KEY}) is a base64
 * 256-bit key; only the dev and test profiles have a default, so production does not start without one.
 */
@ConfigMapping(prefix = "ipcollab.pii")
public interface PiiConfig {
    /** Base64 of 32 random bytes, e.g. {@code openssl rand -base64 32}. */
    String key();
}
