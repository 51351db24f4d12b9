package org.servicecentre.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Outbox rows written straight into the table for tests of the screens and the admin/inbox services, in any state,
 * without running producers or the dispatcher (which is off in tests). Each row gets a unique key.
 */
public final class NotificationRows {

    private final JdbcTemplate jdbc;

    public NotificationRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long accountId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    /** A message shown in the account's inbox (channel INBOX, state SENT), unread. */
    public long delivered(long accountId, String kind, String subject, String text, String link, Instant sentAt) {
        long id = insert(kind, Channel.INBOX, NotificationState.SENT, accountId, "收件人", null, subject, text, link,
                null, 1, sentAt);
        jdbc.update("update notification set sent_at = ? where id = ?", Timestamp.from(sentAt), id);
        return id;
    }

    /** A row in any state and channel, for the admin's outbox. */
    public long row(String kind, Channel channel, NotificationState state, String recipient, String address,
                    String subject, String lastError, int attempts, Instant dueAt) {
        return insert(kind, channel, state, null, recipient, address, subject, "text of " + subject, null, lastError,
                attempts, dueAt);
    }

    public String state(long id) {
        return jdbc.queryForObject("select state from notification where id = ?", String.class, id);
    }

    public boolean isRead(long id) {
        return jdbc.queryForObject("select read_at from notification where id = ?", Timestamp.class, id) != null;
    }

    /** Removes every message of the account, so a test starts from an empty inbox. */
    public void clearInboxOf(long accountId) {
        jdbc.update("delete from notification where recipient_account_id = ?", accountId);
    }

    private long insert(String kind, Channel channel, NotificationState state, Long accountId, String recipient,
                        String address, String subject, String text, String link, String lastError, int attempts,
                        Instant dueAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into notification (dedupe_key, kind, channel, "
                    + "recipient_account_id, recipient_name, address, language, subject, body_text, link, essential, "
                    + "due_at, state, attempts, next_attempt_at, last_error, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, 'zh-CN', ?, ?, ?, true, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            int i = 1;
            ps.setString(i++, kind + ":test:" + UUID.randomUUID());
            ps.setString(i++, kind);
            ps.setString(i++, channel.name());
            ps.setObject(i++, accountId);
            ps.setString(i++, recipient);
            ps.setString(i++, address);
            ps.setString(i++, subject);
            ps.setString(i++, text);
            ps.setString(i++, link);
            ps.setTimestamp(i++, Timestamp.from(dueAt));
            ps.setString(i++, state.name());
            ps.setInt(i++, attempts);
            ps.setTimestamp(i++, Timestamp.from(dueAt));
            ps.setString(i++, lastError);
            ps.setTimestamp(i, Timestamp.from(dueAt));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }
}
