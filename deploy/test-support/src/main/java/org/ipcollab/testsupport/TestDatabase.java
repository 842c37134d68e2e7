package org.ipcollab.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The real PostgreSQL server the tests use; creates a test database when it is missing. */
public final class TestDatabase {
    public static final String HOST = env("IPCOLLAB_TEST_PGHOST", "127.0.0.1");
    public static final String PORT = env("IPCOLLAB_TEST_PGPORT", "5432");
    public static final String USER = env("IPCOLLAB_TEST_DB_USER", "ipcollab");
    public static final String PASSWORD = env("IPCOLLAB_TEST_DB_PASSWORD", "ipcollab");

    private TestDatabase() {
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    /** Creates {@code database} owned by the test role unless it exists; fails with what to run if the server is absent. */
    public static String ensure(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bad database name " + database);
        }
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD)) {
            try (PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                q.setString(1, database);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        c.createStatement().execute("create database " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " as role " + USER
                    + " is not usable (" + e.getMessage() + "); run deploy/local/pg.sh ensure", e);
        }
        return url(database);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
