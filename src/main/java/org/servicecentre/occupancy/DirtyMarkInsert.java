package org.servicecentre.occupancy;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The statement that notes a (key, day) mark for a rollup to recompute, once: on PostgreSQL
 * {@code ON CONFLICT DO NOTHING}, so two changes to one day at once never abort the user's transaction; on H2 a
 * {@code MERGE}.
 */
final class DirtyMarkInsert {

    private DirtyMarkInsert() {
    }

    /** {@code insert} of ({@code keyColumn}, on_day) into {@code table}, ignoring a mark that is there already. */
    static String sql(DataSource dataSource, String table, String keyColumn) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            return postgres
                    ? "insert into " + table + " (" + keyColumn + ", on_day) values (?, ?) on conflict do nothing"
                    : "merge into " + table + " (" + keyColumn + ", on_day) key (" + keyColumn + ", on_day) values (?, ?)";
        }
    }
}
