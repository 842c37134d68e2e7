package org.ipcollab.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.ipcollab.testsupport.TestDatabase;

/**
 * The {@code ipcollab_<svc>_e2e} databases: dropped (terminating leftover sessions) and created empty for every run,
 * owned by the test role, so each service's Flyway starts from nothing and no earlier run's rows leak in.
 */
final class E2eDatabases {
    private E2eDatabases() {
    }

    static String name(String service) {
        return "ipcollab_" + service.substring(0, service.indexOf('-')) + "_e2e";
    }

    static String url(String service) {
        return TestDatabase.url(name(service));
    }

    static void recreate(List<String> services) {
        try (Connection c = DriverManager.getConnection(TestDatabase.url("postgres"), TestDatabase.USER,
                TestDatabase.PASSWORD); Statement st = c.createStatement()) {
            for (String service : services) {
                String db = name(service);
                if (!db.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("bad database name " + db);
                }
                st.execute("drop database if exists " + db + " with (force)");
                st.execute("create database " + db + " owner " + TestDatabase.USER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate the e2e databases on " + TestDatabase.HOST + ":"
                    + TestDatabase.PORT + " as role " + TestDatabase.USER + " (" + e.getMessage()
                    + "); run deploy/local/pg.sh ensure (it creates the role and makes it owner of the _e2e databases)",
                    e);
        }
    }

    /** A connection to a service's e2e database, for white-box checks (e.g. the outbox while the broker is down). */
    static Connection connect(String service) throws SQLException {
        return DriverManager.getConnection(url(service), TestDatabase.USER, TestDatabase.PASSWORD);
    }
}
