package org.ipcollab.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.ipcollab.testsupport.RepoPaths;
import org.ipcollab.testsupport.TestDatabase;
import org.ipcollab.testsupport.TestKeys;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The system under test, started once per JVM and shared by every IT ({@code @ExtendWith(Suite.class)}):
 * <ol>
 * <li>the four {@code ipcollab_<svc>_e2e} databases, dropped and created empty;</li>
 * <li>a Kafka broker of its own on 127.0.0.1:29092 (controller 29093), data in deploy/local/.run/kafka-e2e, wiped at
 * start ({@code kafka.sh start --fresh});</li>
 * <li>a JWT key pair in target/e2e-keys that the services trust;</li>
 * <li>the four packaged services ({@code java -jar <svc>/target/quarkus-app/quarkus-run.jar}) on free ports, logs in
 * target/e2e-logs/&lt;svc&gt;.log, each awaited until /q/health/ready answers 200.</li>
 * </ol>
 * Stopped (services, then broker) when the JUnit run ends, or by a shutdown hook if the JVM ends first.
 */
public final class Suite implements BeforeAllCallback {
    public static final String DISTRICT = "500155";
    public static final int BROKER_PORT = 29092;
    public static final int CONTROLLER_PORT = 29093;
    public static final String BOOTSTRAP = "localhost:" + BROKER_PORT;
    /** A fresh 256-bit personal-data key per run (IPCOLLAB_PII_KEY), as production would configure one. */
    static final String PII_KEY = newPiiKey();
    public static final String CASE = "case-service";
    public static final String REFERRAL = "referral-service";
    public static final String MEDIATION = "mediation-service";
    public static final String NOTIFICATION = "notification-service";
    static final List<String> SERVICES = List.of(CASE, REFERRAL, MEDIATION, NOTIFICATION);
    /** referral-service's overdue-clock scan interval in the e2e run (production default 60 s). */
    static final String CLOCK_SCAN_EVERY = "2s";
    /**
     * Bound for a service to answer ready. Four JVMs start at once on a shared 2-core machine; under other people's
     * load a start took 96 s (2026-11-23), so 90 s was too tight. Only a bound: a quiet machine is not slowed.
     */
    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    /** Kept referenced: the Kafka clients of the tests (topic readers) log only warnings. */
    private static final java.util.logging.Logger KAFKA_LOG = quiet("org.apache.kafka");
    private static Suite instance;
    private static RuntimeException startFailure;

    private final Path root = RepoPaths.root();
    private final Path target = targetDir();
    private final Path logDir = target.resolve("e2e-logs");
    private final Path brokerDir = root.resolve("deploy/local/.run/kafka-e2e");
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile boolean brokerStartedByUs;
    private TestKeys keys;
    private Duration startupTime;

    private Suite() {
    }

    /** The running suite; starts it on first use. A failed start is remembered and rethrown, not retried. */
    public static synchronized Suite get() {
        if (startFailure != null) {
            throw new IllegalStateException("the e2e suite failed to start earlier in this run", startFailure);
        }
        if (instance == null) {
            Suite s = new Suite();
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "e2e-suite-stop"));
            try {
                s.start();
            } catch (RuntimeException e) {
                startFailure = e;
                s.stop();
                throw e;
            }
            instance = s;
        }
        return instance;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Suite s = get();
        // closed by JUnit when the whole test plan has run (AutoCloseable values of the root store are closed)
        context.getRoot().getStore(ExtensionContext.Namespace.create(Suite.class))
                .computeIfAbsent(Suite.class, k -> (AutoCloseable) s::stop, AutoCloseable.class);
    }

    /** One of the running services, for fault tests (kill, restart). */
    ServiceProcess service(String name) {
        ServiceProcess sp = services.get(name);
        if (sp == null) {
            throw new IllegalArgumentException("no service " + name);
        }
        return sp;
    }

    public String url(String service) {
        return services.get(service).url();
    }

    /** A bearer token of the suite's issuer, signed with the key the services trust. */
    public String token(String role, String dept) {
        return Tokens.token(role, dept, DISTRICT, keys.keyPair.getPrivate());
    }

    /** A token of a named user ({@code sub}) of any department and district, signed with the key the services trust. */
    public String tokenFor(String subject, String role, String dept, String district) {
        return Tokens.tokenFor(subject, role, dept, district, keys.keyPair.getPrivate());
    }

    public Duration startupTime() {
        return startupTime;
    }

    private void start() {
        long t0 = System.nanoTime();
        Map<String, Path> jars = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String svc : SERVICES) {
            Path jar = root.resolve(svc).resolve("target/quarkus-app/quarkus-run.jar");
            jars.put(svc, jar);
            if (!Files.isRegularFile(jar)) {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("packaged service(s) missing: " + missing
                    + "; run mvn package first (from " + root + ": mvn -B -DskipTests install)");
        }
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        E2eDatabases.recreate(SERVICES);
        long tDb = System.nanoTime();
        brokerStartedByUs = true;
        kafka("start", "--fresh");
        long tBroker = System.nanoTime();
        keys = TestKeys.generateInto(target.resolve("e2e-keys"));

        for (String svc : SERVICES) {
            services.put(svc, new ServiceProcess(svc, freePort(), jars.get(svc), logDir));
        }
        for (ServiceProcess sp : services.values()) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("IPCOLLAB_HTTP_PORT", Integer.toString(sp.port));
            env.put("IPCOLLAB_DB_URL", E2eDatabases.url(sp.name));
            env.put("IPCOLLAB_DB_USER", TestDatabase.USER);
            env.put("IPCOLLAB_DB_PASSWORD", TestDatabase.PASSWORD);
            env.put("KAFKA_BOOTSTRAP_SERVERS", BOOTSTRAP);
            env.put("IPCOLLAB_KAFKA_PARTITIONS", "6");
            env.put("IPCOLLAB_KAFKA_REPLICATION", "1");
            env.put("IPCOLLAB_JWT_PUBLIC_KEY_LOCATION", keys.publicKeyPem.toString());
            env.put("IPCOLLAB_JWT_ISSUER", Tokens.TEST_ISSUER);
            env.put("IPCOLLAB_PII_KEY", PII_KEY); // case-service does not start without it (prod profile)
            if (REFERRAL.equals(sp.name)) {
                // the overdue scanner (default 60 s) every 2 s, so JourneysIT sees an overdue clock reported quickly
                env.put("IPCOLLAB_CLOCK_SCAN_EVERY", CLOCK_SCAN_EVERY);
            }
            sp.start(env);
        }
        for (ServiceProcess sp : services.values()) {
            sp.awaitReady(READY_TIMEOUT);
        }
        long tServices = System.nanoTime();
        startupTime = Duration.ofNanos(tServices - t0);

        StringBuilder summary = new StringBuilder(String.format(
                "[e2e] suite up in %.1f s (databases %.1f s, broker %.1f s, services %.1f s); broker %s%n",
                secs(t0, tServices), secs(t0, tDb), secs(tDb, tBroker), secs(tBroker, tServices), BOOTSTRAP));
        services.values().forEach(sp -> summary.append(String.format("[e2e]   %-21s %s  log %s%n", sp.name, sp.url(),
                sp.log)));
        System.out.print(summary);
        try {
            Files.writeString(logDir.resolve("suite.txt"), summary.toString(), StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // informational only
        }
    }

    /** Stops the e2e broker (kafka.sh stop); its data dir stays. */
    public void stopBroker() {
        kafka("stop");
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), BROKER_PORT), 1_000);
            throw new IllegalStateException("port " + BROKER_PORT + " still accepts connections after kafka.sh stop");
        } catch (IOException expected) {
            // refused: the broker is down
        }
    }

    /** Starts the e2e broker again on the same data dir (kafka.sh start, no --fresh): topics and offsets survive. */
    public void startBroker() {
        kafka("start");
    }

    /** Services first (SIGTERM, wait, SIGKILL), then the broker. Idempotent. */
    void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        services.values().forEach(ServiceProcess::destroyNow);
        services.values().forEach(ServiceProcess::stop);
        if (!brokerStartedByUs) {
            return;
        }
        try {
            kafka("stop");
        } catch (RuntimeException e) {
            System.err.println("[e2e] " + e.getMessage());
        }
    }

    private void kafka(String command, String... extra) {
        kafkaScript(brokerDir, BROKER_PORT, CONTROLLER_PORT, logDir.resolve("kafka.sh.log"), command, extra);
    }

    /**
     * Runs {@code deploy/local/kafka.sh <command> --port --controller-port --dir <extra>} and waits up to 5 min; its
     * output is appended to {@code out}. Also used by fault tests that need a broker of their own.
     */
    static void kafkaScript(Path dir, int port, int controllerPort, Path out, String command, String... extra) {
        Path root = RepoPaths.root();
        List<String> cmd = new ArrayList<>(List.of("bash", root.resolve("deploy/local/kafka.sh").toString(), command,
                "--port", Integer.toString(port), "--controller-port", Integer.toString(controllerPort),
                "--dir", dir.toString()));
        cmd.addAll(List.of(extra));
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, "$ " + String.join(" ", cmd) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("kafka.sh " + command + " did not finish within 5 min; see " + out);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("kafka.sh " + command + " failed (exit " + p.exitValue() + "); see "
                        + out + " and " + dir.resolve("logs/server.log") + ". Last lines:\n" + tail(out, 30));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        System.out.printf("[e2e] kafka.sh %s %s(port %d): %.1f s%n", command,
                extra.length == 0 ? "" : String.join(" ", extra) + " ", port, secs(t0, System.nanoTime()));
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ")";
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** deploy/e2e/target (failsafe passes it as ipcollab.e2e.target). */
    static Path targetDir() {
        String t = System.getProperty("ipcollab.e2e.target");
        return (t == null || t.isBlank() ? Path.of("target") : Path.of(t)).toAbsolutePath();
    }

    private static java.util.logging.Logger quiet(String category) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(category);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private static double secs(long from, long to) {
        return (to - from) / 1e9;
    }

    private static String newPiiKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }
}
