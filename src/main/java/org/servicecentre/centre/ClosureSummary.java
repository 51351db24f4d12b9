package org.servicecentre.centre;

import java.time.LocalDate;

/**
 * The whole centre ({@code roomId} null) or one room is closed from {@code firstDay} to {@code lastDay},
 * both inclusive, in the centre's zone.
 */
public record ClosureSummary(long id, long centreId, Long roomId, String roomName, LocalDate firstDay,
                             LocalDate lastDay, String reason) {

    public boolean wholeCentre() {
        return roomId == null;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
