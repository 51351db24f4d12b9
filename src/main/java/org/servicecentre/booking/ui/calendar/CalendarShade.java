package org.servicecentre.booking.ui.calendar;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A background range in which a room cannot be booked. With a label it is a closure, drawn hatched with the label
 * (a blank label shows "已关闭 / Closed"); without one ({@code null}) it is time outside opening hours, greyed.
 *
 * @param columnId the room column it covers, or {@code null} for every column
 * @param start    first moment, inclusive
 * @param end      last moment, exclusive
 * @param label    the closure's reason, blank for a plain closure, {@code null} for outside opening hours
 */
public record CalendarShade(String columnId, LocalDateTime start, LocalDateTime end, String label) {

    public CalendarShade {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A shade must end after it starts: " + start + " - " + end);
        }
    }

    /** Time outside opening hours of one room, or of every room when {@code columnId} is {@code null}. */
    public static CalendarShade outsideHours(String columnId, LocalDateTime start, LocalDateTime end) {
        return new CalendarShade(columnId, start, end, null);
    }

    /** A closure with its reason (blank for none). */
    public static CalendarShade closure(String columnId, LocalDateTime start, LocalDateTime end, String label) {
        return new CalendarShade(columnId, start, end, label == null ? "" : label);
    }

    /** Whether it is a closure rather than time outside opening hours. */
    public boolean isClosure() {
        return label != null;
    }

    boolean covers(String column) {
        return columnId == null || columnId.equals(column);
    }
}
