package org.ipcollab.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The real Kafka broker (KRaft, a separate JVM started from Maven Central artifacts by deploy/local/kafka.sh).
 * {@link #ensure} starts it when nothing answers on its port, so a single module or test class also runs alone.
 */
public final class TestBroker {
    private TestBroker() {
    }

    public static String bootstrap() {
        String v = System.getenv("IPCOLLAB_TEST_KAFKA_BOOTSTRAP");
        return v == null || v.isBlank() ? "localhost:19092" : v;
    }

    public static String ensure() {
        String bootstrap = bootstrap();
        if (!answers(bootstrap, Duration.ofSeconds(3))) {
            int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
            Path root = RepoPaths.root();
            run(root, List.of("bash", root.resolve("deploy/local/kafka.sh").toString(), "start",
                    "--port", String.valueOf(port), "--controller-port", String.valueOf(port + 1),
                    "--dir", root.resolve("deploy/local/.run/kafka-test").toString()));
            if (!answers(bootstrap, Duration.ofSeconds(30))) {
                throw new IllegalStateException("Kafka broker at " + bootstrap + " did not answer");
            }
        }
        return bootstrap;
    }

    /** True when a broker at {@code bootstrap} describes its cluster within {@code timeout}. */
    public static boolean answers(String bootstrap, Duration timeout) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void run(Path dir, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("command failed: " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
