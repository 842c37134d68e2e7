package org.ipcollab.testsupport.sweep;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a service's test database holds, cheaply: for every table of the {@code public} schema its row count and,
 * unless the table is named as {@code countOnly}, an md5 over the text of all its rows (order-independent).
 * {@code flyway_schema_history} and the {@code ignored} tables are left out. Tables that the service's
 * background jobs write on their own (the outbox relay's {@code published_at}, consumers' projections and
 * inboxes, clock scanners) belong in {@code ignored} or {@code countOnly}; each service's sweep test says which.
 */
public final class DatabaseFingerprint implements Supplier<Map<String, String>> {
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Set<String> ignored;
    private final Set<String> countOnly;

    public DatabaseFingerprint(String jdbcUrl, String user, String password, Set<String> ignored,
            Set<String> countOnly) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.ignored = ignored;
        this.countOnly = countOnly;
    }

    /** The fingerprint of the running {@code @QuarkusTest}'s own datasource ({@code quarkus.datasource.*}). */
    public static DatabaseFingerprint ofTestDatasource(Set<String> ignored, Set<String> countOnly) {
        var config = ConfigProvider.getConfig();
        return new DatabaseFingerprint(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class), ignored, countOnly);
    }

    /** Table name → "rows=N md5=…" (or "rows=N" for count-only tables), sorted by table name. */
    @Override
    public Map<String, String> get() {
        Map<String, String> result = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                if (table.equals("flyway_schema_history") || ignored.contains(table)) {
                    continue;
                }
                if (!table.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalStateException("unexpected table name " + table);
                }
                boolean hash = !countOnly.contains(table);
                String sql = hash
                        ? "select count(*), coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '-') from "
                                + table + " t"
                        : "select count(*), '' from " + table;
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    result.put(table, "rows=" + rs.getLong(1) + (hash ? " md5=" + rs.getString(2) : ""));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fingerprint " + jdbcUrl + ": " + e.getMessage(), e);
        }
        return result;
    }

    /** The tables whose fingerprint differs between two snapshots, with both values. */
    public static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> diffs = new ArrayList<>();
        Set<String> tables = new java.util.TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String t : tables) {
            String b = before.get(t);
            String a = after.get(t);
            if (b == null ? a != null : !b.equals(a)) {
                diffs.add(t + ": " + b + " -> " + a);
            }
        }
        return diffs;
    }
}
