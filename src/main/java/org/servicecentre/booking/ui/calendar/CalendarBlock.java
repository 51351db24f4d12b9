package org.servicecentre.booking.ui.calendar;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A booking or other busy time shown on a calendar, in the centre's wall-clock time.
 *
 * @param id          the caller's identifier, reported back in {@link BlockClickedEvent#getBlockId()}
 * @param columnId    the room column it belongs to (ignored by the month view, which shows one room)
 * @param start       first moment, inclusive
 * @param end         last moment, exclusive
 * @param title       main text, e.g. the purpose or "已占用"
 * @param detail      a second line, e.g. the organisation; may be {@code null}
 * @param styleName   how it is coloured: {@code requested}, {@code confirmed}, {@code busy}, {@code closed},
 *                    {@code completed}, {@code declined}, {@code cancelled} or {@code released}; may be {@code null}
 * @param highlighted whether it is the viewer's own booking, drawn with a stronger border and a badge
 */
public record CalendarBlock(String id, String columnId, LocalDateTime start, LocalDateTime end, String title,
        String detail, String styleName, boolean highlighted) {

    public CalendarBlock {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A block must end after it starts: " + start + " - " + end);
        }
        title = title == null ? "" : title;
    }
}
