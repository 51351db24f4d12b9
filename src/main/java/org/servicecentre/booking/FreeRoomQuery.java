package org.servicecentre.booking;

import java.util.List;
import java.util.Set;

/**
 * What a free room must offer: free for every one of {@code slots} (one, or the occurrences of a pattern), at least
 * {@code minCapacity} places, every amenity named; in one centre, or ({@code centreId} null) every centre the caller
 * may book in.
 */
public record FreeRoomQuery(List<TimeSlot> slots, Integer minCapacity, Set<String> amenityCodes, Long centreId) {

    public FreeRoomQuery {
        slots = List.copyOf(slots);
        amenityCodes = amenityCodes == null ? Set.of() : Set.copyOf(amenityCodes);
    }
}
