package org.servicecentre;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migrations give H2 and PostgreSQL the same tables and columns, so SQL that drifts between the vendor
 * folders (or common SQL that one vendor reads differently) is caught here rather than in production.
 */
class SchemaParityPostgresIntegrationTest {

    private static final String H2_URL = "jdbc:h2:mem:schema-parity;DB_CLOSE_DELAY=-1";

    @Test
    void h2AndPostgresqlGetTheSameTablesAndColumns() throws SQLException {
        String postgresUrl = EmbeddedPostgresServer.jdbcUrl("schema_parity");
        migrate(H2_URL, "sa", "h2");
        migrate(postgresUrl, EmbeddedPostgresServer.USER, "postgresql");

        var h2 = columns(H2_URL, "sa", "PUBLIC");
        var postgres = columns(postgresUrl, EmbeddedPostgresServer.USER, "public");

        assertThat(h2).as("tables and columns from the migrations").isNotEmpty().containsKey("centre");
        assertThat(postgres.keySet()).as("tables on PostgreSQL vs H2").isEqualTo(h2.keySet());
        h2.forEach((table, columns) -> assertThat(postgres.get(table))
                .as("columns of %s on PostgreSQL vs H2", table).isEqualTo(columns));
    }

    private static void migrate(String url, String user, String vendor) {
        var result = Flyway.configure().dataSource(url, user, "")
                .locations("classpath:db/common", "classpath:db/" + vendor)
                .load().migrate();
        assertThat(result.success).as("migrations on %s", vendor).isTrue();
    }

    /** Table name to the names of its columns, in lower case, without Flyway's own history table. */
    private static Map<String, TreeSet<String>> columns(String url, String user, String schema) throws SQLException {
        var tables = new TreeMap<String, TreeSet<String>>();
        try (var connection = DriverManager.getConnection(url, user, "");
             var query = connection.prepareStatement(
                     "select table_name, column_name from information_schema.columns where table_schema = ?")) {
            query.setString(1, schema);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1).toLowerCase(Locale.ROOT);
                    if (!table.equals("flyway_schema_history")) {
                        tables.computeIfAbsent(table, t -> new TreeSet<>()).add(rows.getString(2).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return tables;
    }
}
