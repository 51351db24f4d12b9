package org.servicecentre.reminder;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the outbox rows a producer wrote, by key (the tests of producers look at rows; they do not dispatch). */
@Component
class OutboxRows {

    record Row(String key, String kind, String channel, Long accountId, Long residentId, String address,
               String language, String subject, String body, String link, boolean essential, Instant dueAt,
               Instant staleAt, String state, String reason) {
    }

    private final JdbcTemplate jdbc;

    OutboxRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows of a key, whatever session start it ends with (":at:<epoch second>"). */
    List<Row> byKey(String key) {
        return jdbc.query("""
                select dedupe_key, kind, channel, recipient_account_id, recipient_resident_id, address, language,
                       subject, body_text, link, essential, due_at, stale_at, state, last_error
                from notification where dedupe_key = ? or dedupe_key like ? order by id""", (rs, n) -> new Row(rs.getString(1),
                rs.getString(2), rs.getString(3), (Long) rs.getObject(4, Long.class),
                (Long) rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getBoolean(11), rs.getTimestamp(12).toInstant(),
                rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant(), rs.getString(14),
                rs.getString(15)), key, key + ":at:%");
    }

    Row one(String key, String channel) {
        var rows = byKey(key).stream().filter(r -> r.channel().equals(channel)).toList();
        if (rows.size() != 1) {
            throw new AssertionError("expected one " + channel + " row for " + key + ", found " + rows.size()
                    + " (all rows: " + byKey(key) + ")");
        }
        return rows.getFirst();
    }

    long accountId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    long residentOf(long registrationId) {
        return jdbc.queryForObject("select resident_id from registration where id = ?", Long.class, registrationId);
    }
}
