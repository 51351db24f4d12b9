package org.servicecentre.centre;

import java.math.BigDecimal;
import java.util.List;

/**
 * A room as the booking engine, the kiosk and the screens see it. {@code bookable} says whether residents and
 * organisations may book it at all; {@code active} is false once it is archived.
 */
public record RoomSummary(long id, long centreId, String centreCode, String centreName, String code, String name,
                          int capacity, BigDecimal areaSquareMetres, String floor, String description,
                          boolean needsApproval, int setupMinutes, int cleanupMinutes, boolean bookable, boolean active,
                          List<AmenitySummary> amenities, boolean hasPhoto) {

    public List<String> amenityCodes() {
        return amenities.stream().map(AmenitySummary::code).toList();
    }
}
