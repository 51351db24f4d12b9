package org.servicecentre.occupancy;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The statement that notes a (key, day) mark for a rollup to recompute, once, without ever aborting the user's
 * transaction when two changes mark one day at once: on PostgreSQL an upsert that rewrites (and so locks) a mark that is
 * there already — {@code DO NOTHING} would take no lock, and the rollup could delete that mark and recompute the day
 * before the change commits, losing it — on H2 a {@code MERGE} (which locks too).
 */
final class DirtyMarkInsert {

    private DirtyMarkInsert() {
    }

    /** {@code insert} of ({@code keyColumn}, on_day) into {@code table}, ignoring a mark that is there already. */
    static String sql(DataSource dataSource, String table, String keyColumn) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            return postgres
                    ? "insert into " + table + " (" + keyColumn + ", on_day) values (?, ?) on conflict (" + keyColumn
                            + ", on_day) do update set on_day = excluded.on_day"
                    : "merge into " + table + " (" + keyColumn + ", on_day) key (" + keyColumn + ", on_day) values (?, ?)";
        }
    }
}
