package org.servicecentre.booking.web;

import java.util.List;
import org.servicecentre.centre.RoomSummary;

/** A room found free for every slot asked; {@code amenities} are amenity codes. */
record FreeRoomResponse(long id, String code, String name, long centreId, String centreCode, String centreName,
                        String floor, int capacity, List<String> amenities, boolean needsApproval) {

    static FreeRoomResponse of(RoomSummary room) {
        return new FreeRoomResponse(room.id(), room.code(), room.name(), room.centreId(), room.centreCode(),
                room.centreName(), room.floor(), room.capacity(), room.amenityCodes(), room.needsApproval());
    }
}
