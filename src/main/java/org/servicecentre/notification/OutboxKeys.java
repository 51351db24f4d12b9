package org.servicecentre.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
     * Drops the messages of this kind not sent yet (pending, or failed and waiting for another attempt) whose key is
     * LIKE one of the patterns and LIKE none of {@code keep}; returns how many. One statement per hundred patterns, so
     * a cancellation does not read every pending message into the application.
     */
    @Transactional
    public int withdrawPendingLike(String kind, Collection<String> patterns, Collection<String> keep, String reason) {
        var all = List.copyOf(patterns);
        int withdrawn = 0;
        for (int from = 0; from < all.size(); from += 100) {
            var chunk = all.subList(from, Math.min(all.size(), from + 100));
            var args = new ArrayList<Object>(List.of(reason, kind));
            args.addAll(chunk);
            args.addAll(keep);
            String any = String.join(" or ", java.util.Collections.nCopies(chunk.size(), "dedupe_key like ?"));
            String none = keep.isEmpty() ? ""
                    : " and not (" + String.join(" or ", java.util.Collections.nCopies(keep.size(), "dedupe_key like ?"))
                    + ")";
            withdrawn += jdbc.update("update notification set state = 'DROPPED', last_error = ? where kind = ? "
                    + "and state in ('PENDING', 'FAILED') and (" + any + ")" + none, args.toArray());
        }
        return withdrawn;
    }
}
