package org.ipcollab.testsupport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at the real infrastructure: its own PostgreSQL test database (init arg
 * {@code database}, plus {@code _$IPCOLLAB_TEST_DB_SUFFIX} when that is set), the test Kafka broker, and a JWT key pair made for this run.
 */
public class IpcollabTestResources implements QuarkusTestResourceLifecycleManager {
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null) {
            throw new IllegalArgumentException("IpcollabTestResources needs the init arg 'database'");
        }
        // Parallel working copies on one machine each set their own suffix, so one run's Flyway clean cannot
        // wipe another's tables mid-test.
        String suffix = System.getenv("IPCOLLAB_TEST_DB_SUFFIX");
        if (suffix != null && !suffix.isBlank()) {
            database = database + "_" + suffix.strip();
        }
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", TestDatabase.ensure(database));
        config.put("quarkus.datasource.username", TestDatabase.USER);
        config.put("quarkus.datasource.password", TestDatabase.PASSWORD);
        config.put("kafka.bootstrap.servers", TestBroker.ensure());
        TestKeys keys = TestKeys.generateInto(Path.of("target", "test-keys"));
        // Inline keys: in test mode smallrye-jwt otherwise sets an in-memory key pair that outranks key locations.
        config.put("mp.jwt.verify.publickey", keys.publicKeyBase64());
        config.put("mp.jwt.verify.publickey.location", keys.publicKeyPem.toUri().toString());
        config.put("mp.jwt.verify.issuer", Tokens.TEST_ISSUER);
        config.put("smallrye.jwt.sign.key", keys.privateKeyBase64());
        return config;
    }

    @Override
    public void stop() {
        // The database and the broker outlive the test run on purpose: deploy/local/test.sh owns the broker.
    }
}
