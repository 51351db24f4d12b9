package org.servicecentre.occupancy.city;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows of one table in PostgreSQL's COPY text format, built in memory and sent with the JDBC driver's
 * {@code CopyManager}. Values must not contain tabs, newlines or backslashes (the generator writes none); {@code null}
 * is written as {@code \N}. Instants are written in UTC from epoch seconds without any formatter on the hot path.
 */
final class CopyBuffer {

    private final String table;
    private final String columns;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    private final StringBuilder line = new StringBuilder(256);
    private long rows;
    private long pending;
    private boolean rowStarted;

    CopyBuffer(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    CopyBuffer add(long value) {
        sep().append(value);
        return this;
    }

    CopyBuffer add(String value) {
        if (value == null) {
            sep().append("\\N");
        } else {
            sep().append(value);
        }
        return this;
    }

    CopyBuffer add(Long value) {
        return value == null ? add((String) null) : add(value.longValue());
    }

    CopyBuffer add(boolean value) {
        sep().append(value ? 't' : 'f');
        return this;
    }

    /** A timestamp with time zone, given in epoch seconds. */
    CopyBuffer instant(long epochSecond) {
        sep();
        long days = Math.floorDiv(epochSecond, 86_400);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400);
        var date = java.time.LocalDate.ofEpochDay(days);
        line.append(date.getYear()).append('-');
        two(date.getMonthValue()).append('-');
        two(date.getDayOfMonth()).append(' ');
        two(secondOfDay / 3600).append(':');
        two(secondOfDay / 60 % 60).append(':');
        two(secondOfDay % 60).append("+00");
        return this;
    }

    CopyBuffer instantOrNull(long epochSecond, boolean present) {
        return present ? instant(epochSecond) : add((String) null);
    }

    CopyBuffer date(java.time.LocalDate date) {
        sep().append(date);
        return this;
    }

    /** Ends the current row. */
    void end() {
        line.append('\n');
        byte[] encoded = line.toString().getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        line.setLength(0);
        rowStarted = false;
        rows++;
        pending++;
    }

    long rows() {
        return rows;
    }

    int size() {
        return bytes.size();
    }

    /** The buffered rows as one COPY statement's input, emptying the buffer (to send them on another thread). */
    Copy drain() {
        var copy = new Copy("copy " + table + " (" + columns + ") from stdin", bytes.toByteArray(), pending);
        bytes.reset();
        pending = 0;
        return copy;
    }

    /** One COPY to run. */
    record Copy(String sql, byte[] data, long rows) {
        void run(Connection connection) throws SQLException {
            if (rows == 0) {
                return;
            }
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new java.io.ByteArrayInputStream(data));
            } catch (java.io.IOException e) {
                throw new SQLException("COPY failed: " + sql, e);
            }
        }
    }

    /** Sends the buffered rows with one COPY and empties the buffer. */
    void flush(Connection connection) throws SQLException {
        drain().run(connection);
    }

    private StringBuilder sep() {
        if (rowStarted) {
            line.append('\t');
        }
        rowStarted = true;
        return line;
    }

    private StringBuilder two(int value) {
        if (value < 10) {
            line.append('0');
        }
        return line.append(value);
    }
}
