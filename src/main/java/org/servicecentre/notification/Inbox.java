package org.servicecentre.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.servicecentre.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The signed-in user's in-app inbox: messages of channel INBOX sent to their account, newest first. */
@Service
@PreAuthorize("isAuthenticated()")
public class Inbox {

    private static final String MINE = " from notification where recipient_account_id = ? and channel = 'INBOX' "
            + "and state = 'SENT'";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    Inbox(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public long unreadCount() {
        return jdbc.queryForObject("select count(*)" + MINE + " and read_at is null", Long.class, me());
    }

    public long count(boolean unreadOnly) {
        return jdbc.queryForObject("select count(*)" + MINE + (unreadOnly ? " and read_at is null" : ""), Long.class,
                me());
    }

    public List<InboxItem> list(boolean unreadOnly, int offset, int limit) {
        return jdbc.query("select id, kind, subject, body_text, link, sent_at, read_at" + MINE
                + (unreadOnly ? " and read_at is null" : "") + " order by sent_at desc, id desc offset "
                + Math.max(0, offset) + " rows fetch next " + Math.max(1, limit) + " rows only",
                (rs, row) -> new InboxItem(rs.getLong("id"), rs.getString("kind"), rs.getString("subject"),
                        rs.getString("body_text"), rs.getString("link"), OutboxAdmin.instant(rs, "sent_at"),
                        OutboxAdmin.instant(rs, "read_at")), me());
    }

    /** One of the caller's messages (someone else's id finds nothing). */
    public java.util.Optional<InboxItem> find(long id) {
        return jdbc.query("select id, kind, subject, body_text, link, sent_at, read_at" + MINE + " and id = ?",
                (rs, row) -> new InboxItem(rs.getLong("id"), rs.getString("kind"), rs.getString("subject"),
                        rs.getString("body_text"), rs.getString("link"), OutboxAdmin.instant(rs, "sent_at"),
                        OutboxAdmin.instant(rs, "read_at")), me(), id).stream().findFirst();
    }

    /** Marks one of the caller's messages read (someone else's id changes nothing). */
    public void markRead(long id) {
        jdbc.update("update notification set read_at = ? where id = ? and recipient_account_id = ? "
                + "and channel = 'INBOX' and read_at is null", Timestamp.from(clock.instant()), id, me());
    }

    public int markAllRead() {
        return jdbc.update("update notification set read_at = ? where recipient_account_id = ? and channel = 'INBOX' "
                + "and state = 'SENT' and read_at is null", Timestamp.from(clock.instant()), me());
    }

    private long me() {
        return currentUser.scope().userId();
    }
}
