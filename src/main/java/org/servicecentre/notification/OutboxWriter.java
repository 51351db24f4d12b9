package org.servicecentre.notification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts outbox rows once per (key, channel). On PostgreSQL {@code ON CONFLICT DO NOTHING} (a unique violation would
 * abort the caller's transaction); on H2 an insert that skips existing keys, and a lost race on the unique key is
 * caught (H2 fails only the statement).
 */
@Component
class OutboxWriter {

    private static final String COLUMNS = "dedupe_key, kind, channel, recipient_account_id, recipient_resident_id, "
            + "recipient_name, address, language, subject, body_text, body_html, link, essential, due_at, stale_at, "
            + "state, attempts, next_attempt_at, last_error, created_at";
    private static final String VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?";

    private final JdbcTemplate jdbc;
    private final String insert;
    private final boolean postgres;

    OutboxWriter(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
        this.insert = postgres
                ? "insert into notification (" + COLUMNS + ") values (" + VALUES
                        + ") on conflict (dedupe_key, channel) do nothing"
                : "insert into notification (" + COLUMNS + ") select " + VALUES + " from (values (1)) v "
                        + "where not exists (select 1 from notification where dedupe_key = ? and channel = ?)";
    }

    private static boolean isPostgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** True when the row was written, false when a row with the same key and channel was there already. */
    boolean insertIfAbsent(OutboxRow row) {
        try {
            return jdbc.update(insert, ps -> {
                int i = 1;
                ps.setString(i++, row.key());
                ps.setString(i++, row.kind());
                ps.setString(i++, row.channel().name());
                ps.setObject(i++, row.accountId());
                ps.setObject(i++, row.residentId());
                ps.setString(i++, cut(row.recipientName(), 100));
                ps.setString(i++, row.address());
                ps.setString(i++, row.language());
                ps.setString(i++, cut(row.content().subject(), 300));
                ps.setString(i++, row.content().text());
                ps.setString(i++, row.content().html());
                ps.setString(i++, row.link());
                ps.setBoolean(i++, row.essential());
                ps.setTimestamp(i++, Timestamp.from(row.dueAt()));
                ps.setTimestamp(i++, row.staleAt() == null ? null : Timestamp.from(row.staleAt()));
                ps.setString(i++, row.state().name());
                ps.setTimestamp(i++, Timestamp.from(row.dueAt()));
                ps.setString(i++, row.reason());
                ps.setTimestamp(i++, Timestamp.from(row.createdAt()));
                if (!postgres) {
                    ps.setString(i++, row.key());
                    ps.setString(i, row.channel().name());
                }
            }) == 1;
        } catch (DuplicateKeyException lostRace) {
            return false;
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
