package org.servicecentre.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.Masking;
import org.servicecentre.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The admin's outbox: rows by state, channel, kind and text; counts per state; retrying failed and dead messages. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class OutboxAdmin {

    private static final String COLUMNS = "id, dedupe_key, kind, channel, recipient_resident_id, recipient_name, "
            + "address, language, subject, state, attempts, last_error, due_at, next_attempt_at, sent_at, created_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OutboxAdmin(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<OutboxEntry> list(OutboxFilter filter, int offset, int limit) {
        var args = new ArrayList<Object>();
        String where = where(filter, args);
        return jdbc.query("select " + COLUMNS + " from notification" + where + " order by due_at desc, id desc offset "
                + Math.max(0, offset) + " rows fetch next " + Math.max(1, limit) + " rows only", OutboxAdmin::entry,
                args.toArray());
    }

    public long count(OutboxFilter filter) {
        var args = new ArrayList<Object>();
        return jdbc.queryForObject("select count(*) from notification" + where(filter, args), Long.class,
                args.toArray());
    }

    public Map<NotificationState, Long> countsByState() {
        var counts = new EnumMap<NotificationState, Long>(NotificationState.class);
        for (NotificationState state : NotificationState.values()) {
            counts.put(state, 0L);
        }
        jdbc.query("select state, count(*) from notification group by state",
                rs -> { counts.put(NotificationState.valueOf(rs.getString(1)), rs.getLong(2)); });
        return counts;
    }

    /** The kinds present, for the filter. */
    public List<String> kinds() {
        return jdbc.queryForList("select distinct kind from notification order by kind", String.class);
    }

    /** A failed or dead message is due again now, with its attempts counted afresh. */
    public void retry(long id) {
        var state = jdbc.queryForList("select state from notification where id = ?", String.class, id);
        if (state.isEmpty()) {
            throw new NotFoundException("notification", id);
        }
        int changed = jdbc.update("update notification set state = 'PENDING', attempts = 0, next_attempt_at = ?, "
                + "stale_at = null where id = ? and state in ('FAILED', 'DEAD')", Timestamp.from(clock.instant()), id);
        if (changed == 0) {
            throw new DomainException("NOTIFICATION_NOT_RETRYABLE");
        }
    }

    /** Every dead message is due again now; returns how many. */
    public int retryAllDead() {
        return jdbc.update("update notification set state = 'PENDING', attempts = 0, next_attempt_at = ?, "
                + "stale_at = null where state = 'DEAD'", Timestamp.from(clock.instant()));
    }

    private static String where(OutboxFilter filter, List<Object> args) {
        var clauses = new ArrayList<String>();
        if (filter.state() != null) {
            clauses.addLast("state = ?");
            args.add(filter.state().name());
        }
        if (filter.channel() != null) {
            clauses.addLast("channel = ?");
            args.add(filter.channel().name());
        }
        if (filter.kind() != null && !filter.kind().isBlank()) {
            clauses.addLast("kind = ?");
            args.add(filter.kind());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            clauses.addLast("(lower(subject) like ? or lower(dedupe_key) like ?)");
            String like = "%" + filter.text().strip().toLowerCase() + "%";
            args.add(like);
            args.add(like);
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        var channel = Channel.valueOf(rs.getString("channel"));
        boolean resident = rs.getObject("recipient_resident_id") != null;
        String name = rs.getString("recipient_name");
        String address = rs.getString("address");
        return new OutboxEntry(rs.getLong("id"), rs.getString("dedupe_key"), rs.getString("kind"), channel,
                resident ? Masking.name(name) : name,
                channel == Channel.EMAIL ? Masking.email(address) : Masking.phone(address),
                rs.getString("language"), rs.getString("subject"), NotificationState.valueOf(rs.getString("state")),
                rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "due_at"),
                instant(rs, "next_attempt_at"), instant(rs, "sent_at"), instant(rs, "created_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
