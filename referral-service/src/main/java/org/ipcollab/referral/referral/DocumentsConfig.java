package org.ipcollab.referral.referral;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on the art 6 documents a referral carries. */
@ConfigMapping(prefix = "ipcollab.referral.documents")
public interface DocumentsConfig {
    /** Largest file accepted, in bytes (default 20 MiB). */
    @WithDefault("20971520")
    long maxBytes();

    /** Content types accepted; each is also checked against the file's first bytes. */
    @WithDefault("application/pdf,image/jpeg,image/png,application/ofd")
    List<String> allowedTypes();
}
