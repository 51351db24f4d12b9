package org.servicecentre.centre;

import java.util.Set;

/**
 * What a room list is narrowed to; every part is optional and all given parts must match. {@code centreIds}
 * narrows to a set of centres (for example the members of an alliance); {@code amenityCodes} lists amenities a
 * room must all have.
 */
public record RoomFilter(String text, Long centreId, Set<Long> centreIds, Integer minCapacity, Set<String> amenityCodes,
                         boolean includeArchived) {

    public RoomFilter {
        text = text == null ? "" : text;
        centreIds = centreIds == null ? Set.of() : Set.copyOf(centreIds);
        amenityCodes = amenityCodes == null ? Set.of() : Set.copyOf(amenityCodes);
    }

    /** Every active room the caller may see. */
    public static RoomFilter all() {
        return new RoomFilter("", null, Set.of(), null, Set.of(), false);
    }

    /** The rooms of one centre, archived ones too if asked. */
    public static RoomFilter ofCentre(long centreId, boolean includeArchived) {
        return new RoomFilter("", centreId, Set.of(), null, Set.of(), includeArchived);
    }
}
