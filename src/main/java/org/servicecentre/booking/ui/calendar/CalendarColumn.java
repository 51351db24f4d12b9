package org.servicecentre.booking.ui.calendar;

import java.util.Objects;

/**
 * One room shown as a column (day view) or row (week view): its name and a short second line such as "30人".
 *
 * @param id       the caller's identifier, reported back in {@link SlotSelectedEvent#getColumnId()}
 * @param title    the room's name
 * @param subtitle a short second line, may be {@code null}
 */
public record CalendarColumn(String id, String title, String subtitle) {

    public CalendarColumn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
