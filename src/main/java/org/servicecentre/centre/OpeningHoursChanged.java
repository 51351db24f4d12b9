package org.servicecentre.centre;

import java.time.LocalDate;

/**
 * A centre's hours or closures changed: for one room or the whole centre ({@code roomId} null), on the days from
 * {@code firstDay} to {@code lastDay}, or on every day when both are null (the usual week).
 */
public record OpeningHoursChanged(long centreId, Long roomId, LocalDate firstDay, LocalDate lastDay) {
}
