package org.ipcollab.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster for one fault test, so the test can stop and start "the database" without touching the
 * machine's shared cluster on 5432. {@code initdb} (trust, superuser {@code postgres}) into {@code <dir>/data}, served
 * on 127.0.0.1:{@code port} with its socket in the data dir; {@code pg_ctl} output in {@code <dir>/postgres.log}. As
 * root the binaries run as the {@code postgres} OS user ({@code runuser}), who owns {@code dir}; otherwise directly.
 */
final class ThrowawayPostgres implements AutoCloseable {
    final Path dir;
    final Path data;
    final int port;
    private final Path bin;
    private final boolean root;
    private final Path logFile;

    private ThrowawayPostgres(Path dir, int port) {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.logFile = dir.resolve("postgres.log");
        this.bin = binDir();
        this.root = "root".equals(System.getProperty("user.name"));
    }

    /**
     * Stops a cluster an earlier, killed run may have left in {@code dir}, wipes {@code dir}, runs initdb and starts
     * the server on {@code port}.
     */
    static ThrowawayPostgres create(Path dir, int port) {
        ThrowawayPostgres pg = new ThrowawayPostgres(dir.toAbsolutePath(), port);
        pg.stopLeftover();
        deleteTree(pg.dir);
        try {
            Files.createDirectories(pg.dir);
            if (pg.root) {
                UserPrincipalLookupService users = pg.dir.getFileSystem().getUserPrincipalLookupService();
                Files.setOwner(pg.dir, users.lookupPrincipalByName("postgres"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + pg.dir, e);
        }
        pg.run(60, pg.bin.resolve("initdb").toString(), "-D", pg.data.toString(), "-A", "trust", "-U", "postgres",
                "-E", "UTF8", "--locale=C");
        pg.start();
        return pg;
    }

    /** {@code pg_ctl start -w}: returns once the server accepts connections. */
    void start() {
        run(120, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", logFile.toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1", "start");
    }

    /** {@code pg_ctl stop -m fast}: open sessions are ended, clients see their connections drop. */
    void stop() {
        run(120, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60", "-m", "fast", "stop");
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates a login role and a database it owns. */
    void createRoleAndDatabase(String role, String password, String database) {
        if (!role.matches("[a-z_][a-z0-9_]*") || !database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bad name " + role + " / " + database);
        }
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
                Statement st = c.createStatement()) {
            st.execute("create role " + role + " login password '" + password.replace("'", "''") + "'");
            st.execute("create database " + database + " owner " + role);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + role + "/" + database + " on port " + port, e);
        }
    }

    /** Stops the server if it runs (immediate); used at the end of the test whatever happened. */
    @Override
    public void close() {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            try {
                run(60, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-m", "immediate", "stop");
            } catch (RuntimeException e) {
                System.err.println("[e2e] " + e.getMessage());
            }
        }
    }

    private void stopLeftover() {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            System.err.println("[e2e] stopping a PostgreSQL left over in " + data);
            close();
        }
    }

    private void run(int timeoutSeconds, String... command) {
        List<String> cmd = new ArrayList<>();
        if (root) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(command));
        Path out = dir.getParent().resolve(dir.getFileName() + "-commands.log");
        try {
            Files.writeString(out, "$ " + String.join(" ", cmd) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            // working dir: one the postgres user may enter
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command[0] + " did not finish within " + timeoutSeconds + " s; see "
                        + out);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + p.exitValue()
                        + "); see " + out + " and " + logFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code pg_config --bindir} if it names a dir with pg_ctl, else the newest /usr/lib/postgresql/N/bin. */
    private static Path binDir() {
        try {
            Process p = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isExecutable(Path.of(out, "pg_ctl"))
                    && Files.isExecutable(Path.of(out, "initdb"))) {
                return Path.of(out);
            }
        } catch (IOException e) {
            // no pg_config on the PATH: look in the Debian layout
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Path debian = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")) && Files.isExecutable(b.resolve("initdb")))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server binaries under " + debian));
        } catch (IOException e) {
            throw new IllegalStateException("no pg_config and no " + debian + ": PostgreSQL server binaries not found",
                    e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe " + dir, e);
        }
    }
}
