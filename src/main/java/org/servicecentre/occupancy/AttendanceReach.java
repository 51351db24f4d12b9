package org.servicecentre.occupancy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What a subject covers for the attendance figures, resolved once: its room (a room subject) or its centres, the
 * centres grouped by time zone so that a period of local dates becomes one instant range per zone. Builds the SQL
 * conditions the reader needs, parameters in text order.
 *
 * @param roomId        the room of a room subject, else null
 * @param centresByZone the subject's centres by their zone (one centre for a room or centre)
 */
record AttendanceReach(Long roomId, Map<ZoneId, List<Long>> centresByZone) {

    boolean empty() {
        return centresByZone.isEmpty();
    }

    boolean isRoom() {
        return roomId != null;
    }

    List<Long> centres() {
        return centresByZone.values().stream().flatMap(List::stream).sorted().toList();
    }

    /** The subject without time, on a session alias: its room, or its centres (outside sessions with a centre too). */
    Sql sessionsOf(String alias) {
        var sql = new Sql();
        if (isRoom()) {
            return sql.append(alias + ".room_id = ?", roomId);
        }
        var centres = centres();
        return sql.append(alias + ".centre_id in (" + UsageSubjects.placeholders(centres.size()) + ")", centres.toArray());
    }

    /**
     * Rows at the subject's centres whose instant column falls in [from, to) of local dates in each centre's zone;
     * {@code from} null: no lower bound ({@code to} exclusive day, i.e. before {@code to}).
     */
    Sql within(String centreColumn, String timeColumn, LocalDate from, LocalDate toExclusive) {
        var sql = new Sql().append("(");
        boolean first = true;
        for (var entry : centresByZone.entrySet()) {
            var zone = entry.getKey();
            var ids = entry.getValue();
            sql.append(first ? "(" : " or (");
            first = false;
            sql.append(centreColumn + " in (" + UsageSubjects.placeholders(ids.size()) + ")", ids.toArray());
            if (from != null) {
                sql.append(" and " + timeColumn + " >= ?", Timestamp.from(from.atStartOfDay(zone).toInstant()));
            }
            sql.append(" and " + timeColumn + " < ?)", Timestamp.from(toExclusive.atStartOfDay(zone).toInstant()));
        }
        return sql.append(")");
    }

    Sql within(String centreColumn, String timeColumn, UsagePeriod period) {
        return within(centreColumn, timeColumn, period.from(), period.to().plusDays(1));
    }

    /** A piece of SQL and its parameters, in the order they appear. */
    static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Sql append(String piece, Object... values) {
            text.append(piece);
            Collections.addAll(params, values);
            return this;
        }

        Sql append(Sql other) {
            text.append(other.text);
            params.addAll(other.params);
            return this;
        }

        String text() {
            return text.toString();
        }

        Object[] params() {
            return params.toArray();
        }
    }
}
