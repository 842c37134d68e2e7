package org.ipcollab.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

import io.restassured.RestAssured;

/** One packaged service ({@code java -jar quarkus-run.jar}) running as a child OS process, its output in a log file. */
final class ServiceProcess {
    final String name;
    final int port;
    final Path jar;
    final Path log;
    private final Path pidFile;
    private Process process;
    private Map<String, String> env;

    ServiceProcess(String name, int port, Path jar, Path logDir) {
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.log = logDir.resolve(name + ".log");
        this.pidFile = logDir.resolve(name + ".pid");
    }

    String url() {
        return "http://localhost:" + port;
    }

    void start(Map<String, String> env) {
        stopLeftoverOfEarlierRun();
        this.env = Map.copyOf(env);
        launch(ProcessBuilder.Redirect.to(log.toFile()));
    }

    /**
     * Starts the service again after {@link #kill()}, on the same port with the same environment; its output is
     * appended to the same log. Does not wait: follow with {@link #awaitReady(Duration)}.
     */
    void restart() {
        if (env == null) {
            throw new IllegalStateException(name + " was never started");
        }
        if (alive()) {
            throw new IllegalStateException(name + " still runs (pid " + process.pid() + ")");
        }
        launch(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    /** SIGKILL ({@link Process#destroyForcibly()} on Linux): no shutdown hooks, no commit, no leave-group. */
    void kill() {
        if (process == null) {
            return;
        }
        try {
            if (!process.destroyForcibly().waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " (pid " + process.pid() + ") alive 10 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Exit status of the last process (137 = 128 + SIGKILL); only once it has ended. */
    int exitValue() {
        return process.exitValue();
    }

    private void launch(ProcessBuilder.Redirect output) {
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx256m", "-jar", jar.toString())
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output);
        pb.environment().putAll(env);
        try {
            process = pb.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + jar + ")", e);
        }
    }

    /** Waits until /q/health/ready answers 200; on timeout or exit fails with the tail of the service's log. */
    void awaitReady(Duration timeout) {
        try {
            await(name + " ready on " + url())
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .failFast(name + " exited", () -> !process.isAlive())
                    .until(() -> RestAssured.given().baseUri(url()).config(Api.HTTP)
                            .get("/q/health/ready").statusCode() == 200);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            String what = process.isAlive() ? "did not become ready within " + timeout.toSeconds() + " s"
                    : "exited with status " + process.exitValue() + " before becoming ready";
            throw new IllegalStateException(name + " (" + url() + ") " + what + "; log " + log + ", last lines:\n"
                    + tail(60), e);
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGTERM, wait, then SIGKILL. */
    void stop() {
        if (process == null) {
            return;
        }
        Process p = process;
        p.destroy();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                System.err.println("[e2e] " + name + " did not stop within 30 s: killing pid " + p.pid());
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // only bookkeeping
        }
    }

    void destroyNow() {
        if (process != null) {
            process.destroy();
        }
    }

    String tail(int lines) {
        try {
            if (!Files.exists(log)) {
                return "(no log " + log + ")";
            }
            List<String> all = new ArrayList<>(List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                    .split("\n", -1)));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /**
     * A run whose JVM was killed leaves its services running (and consuming from the e2e broker with the same group
     * ids). Stops the process recorded in this service's pid file, if it still runs this service's jar.
     */
    private void stopLeftoverOfEarlierRun() {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> h = ProcessHandle.of(pid);
            if (h.isPresent() && h.get().isAlive()
                    && h.get().info().commandLine().map(c -> c.contains(jar.toString())).orElse(false)) {
                System.err.println("[e2e] stopping " + name + " left over from an earlier run (pid " + pid + ")");
                h.get().destroy();
                try {
                    h.get().onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    h.get().destroyForcibly();
                }
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            // unreadable bookkeeping: nothing to stop
        }
    }
}
