package org.servicecentre.occupancy.city;

import java.sql.DriverManager;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.servicecentre.EmbeddedPostgresServer;

/**
 * Runs the synthetic city generator, from {@code bench/city/generate}; {@code ./mvnw verify} never runs it (the name
 * does not end in Test). Targets {@code -Dcity.url} (with {@code -Dcity.user}, {@code -Dcity.password}), migrated by
 * Flyway first unless {@code -Dcity.migrate=false}, or else a fresh database {@code city} on the embedded PostgreSQL
 * of the tests (gone when the JVM ends: a measurement only). The scale comes from {@link CityScale#fromSystemProperties}.
 */
class CityGeneration {

    @Test
    void generatesTheCity() throws Exception {
        var scale = CityScale.fromSystemProperties();
        String url = System.getProperty("city.url");
        String user = System.getProperty("city.user", EmbeddedPostgresServer.USER);
        String password = System.getProperty("city.password", "");
        if (url == null || url.isBlank()) {
            url = EmbeddedPostgresServer.jdbcUrl("city");
            user = EmbeddedPostgresServer.USER;
            password = "";
        }
        if (!"false".equals(System.getProperty("city.migrate"))) {
            Flyway.configure().dataSource(url, user, password)
                    .locations("classpath:db/common", "classpath:db/postgresql").load().migrate();
        }
        CityGenerator.Result result;
        String target = url.replaceAll("password=[^&]*", "password=…");
        String sizes;
        try (var connection = DriverManager.getConnection(url, user, password)) {
            result = CityGenerator.generate(connection, scale, Boolean.getBoolean("city.skipForeignKeyChecks"));
            try (var statement = connection.createStatement(); var rs = statement.executeQuery(
                    "select pg_size_pretty(pg_database_size(current_database())),"
                    + " pg_size_pretty(pg_total_relation_size('booking')),"
                    + " pg_size_pretty(pg_total_relation_size('check_in')),"
                    + " pg_size_pretty(pg_total_relation_size('registration'))")) {
                rs.next();
                sizes = String.format(Locale.ROOT, "database size %s (booking %s, check_in %s, registration %s,"
                        + " indexes included)", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
            }
        }
        System.out.println("=== city generator ===");
        System.out.printf(Locale.ROOT, "target %s%n", target);
        System.out.printf(Locale.ROOT, "scale: %d centres x %d rooms, %,d bookings, %,d check-ins, %d days from %s, "
                + "now %s, seed %d, prefix %s%n", scale.centres(), scale.roomsPerCentre(), scale.bookings(),
                scale.checkIns(), scale.days(), scale.firstDay(), scale.now(), scale.seed(), scale.prefix());
        System.out.println(result.summary() + (Boolean.getBoolean("city.skipForeignKeyChecks")
                ? " (foreign keys not checked row by row)" : ""));
        System.out.println(sizes);
        System.out.println("=== end ===");
    }
}
