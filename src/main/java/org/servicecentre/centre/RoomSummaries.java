package org.servicecentre.centre;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns rooms into {@link RoomSummary} records with their centre, amenities and whether they have a photo. */
@Component
class RoomSummaries {

    private final Centres centres;
    private final Amenities amenities;
    private final RoomPhotos photos;

    RoomSummaries(Centres centres, Amenities amenities, RoomPhotos photos) {
        this.centres = centres;
        this.amenities = amenities;
        this.photos = photos;
    }

    List<RoomSummary> of(List<Room> rooms) {
        if (rooms.isEmpty()) {
            return List.of();
        }
        var ids = rooms.stream().map(Room::id).toList();
        var withPhoto = new HashSet<>(photos.roomsWithPhoto(ids));
        Map<Long, Centre> centresById = centres.findAllById(rooms.stream().map(Room::centreId).distinct().toList())
                .stream().collect(Collectors.toMap(Centre::id, Function.identity()));
        var amenityList = amenities.findAllByOrderBySortOrderAscCodeAsc();
        return rooms.stream().map(room -> {
            var centre = centresById.get(room.centreId());
            var had = amenityList.stream().filter(a -> room.amenityIds().contains(a.id())).map(Amenity::summary)
                    .toList();
            return new RoomSummary(room.id(), room.centreId(), centre.code(), centre.name(), room.code(),
                    room.name(), room.capacity(), room.areaSquareMetres(), room.floor(), room.description(),
                    room.needsApproval(), room.setupMinutes(), room.cleanupMinutes(), room.bookable(), room.active(),
                    had, withPhoto.contains(room.id()));
        }).toList();
    }

    RoomSummary of(Room room) {
        return of(List.of(room)).getFirst();
    }
}
