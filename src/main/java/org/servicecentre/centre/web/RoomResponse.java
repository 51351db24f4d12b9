package org.servicecentre.centre.web;

import java.math.BigDecimal;
import java.util.List;
import org.servicecentre.centre.RoomSummary;

/** A room as the API shows it; never its door token. */
record RoomResponse(long id, long centreId, String centreCode, String centreName, String code, String name,
                    int capacity, BigDecimal areaSquareMetres, String floor, String description, boolean needsApproval,
                    int setupMinutes, int cleanupMinutes, boolean bookable, boolean active,
                    List<AmenityResponse> amenities, boolean hasPhoto) {

    static RoomResponse of(RoomSummary room) {
        return new RoomResponse(room.id(), room.centreId(), room.centreCode(), room.centreName(), room.code(),
                room.name(), room.capacity(), room.areaSquareMetres(), room.floor(), room.description(),
                room.needsApproval(), room.setupMinutes(), room.cleanupMinutes(), room.bookable(), room.active(),
                room.amenities().stream().map(AmenityResponse::of).toList(), room.hasPhoto());
    }
}
