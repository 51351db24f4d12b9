package org.servicecentre.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For producers that scan (the reminder job): which keys are scheduled already, so that a scan running every few
 * minutes renders and writes only what is new; and withdrawing messages not sent yet whose reason went away (a
 * reminder for a session cancelled since). A withdrawn message is kept as DROPPED with the reason.
 */
@Service
public class OutboxKeys {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    OutboxKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The keys among these that have a row (on any channel, in any state). */
    @Transactional(readOnly = true)
    public Set<String> existing(Collection<String> keys) {
        var found = new HashSet<String>();
        var all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            var chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            found.addAll(jdbc.queryForList("select distinct dedupe_key from notification where dedupe_key in ("
                    + marks + ")", String.class, chunk.toArray()));
        }
        return found;
    }

    /**
     * Drops the messages of this kind not sent yet (pending, or failed and waiting for another attempt) whose key
     * matches; returns how many. Messages being sent at this moment are not stopped.
     */
    @Transactional
    public int withdrawPending(String kind, Predicate<String> keys, String reason) {
        var ids = new ArrayList<Long>();
        jdbc.query("select id, dedupe_key from notification where kind = ? and state in ('PENDING', 'FAILED')",
                rs -> {
                    if (keys.test(rs.getString(2))) {
                        ids.add(rs.getLong(1));
                    }
                }, kind);
        int withdrawn = 0;
        for (Long id : ids) {
            withdrawn += jdbc.update("update notification set state = 'DROPPED', last_error = ? where id = ? "
                    + "and state in ('PENDING', 'FAILED')", reason, id);
        }
        return withdrawn;
    }
}
