package org.servicecentre.booking.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.servicecentre.booking.FreeRoomQuery;
import org.servicecentre.booking.TimeSlot;

/** Rooms free for every one of several slots (the occurrences of a pattern), big enough and with every amenity. */
record FreeRoomSearchRequest(
        @NotEmpty @Size(max = 200) List<@Valid @NotNull SlotJson> slots,
        @Min(1) @Max(10_000) @Schema(example = "30") Integer minCapacity,
        @Schema(description = "Amenity codes the room must all have", example = "[\"PROJECTOR\"]") Set<String> amenities,
        @Schema(description = "Only this centre; left out: every centre the caller may book in") Long centreId) {

    /** One [start, end) range. */
    record SlotJson(@NotNull @Schema(example = "2027-03-02T16:30:00+08:00") OffsetDateTime start,
                    @NotNull @Schema(example = "2027-03-02T18:00:00+08:00") OffsetDateTime end) {

        TimeSlot toSlot() {
            return new TimeSlot(start.toInstant(), end.toInstant());
        }
    }

    FreeRoomQuery toQuery() {
        return new FreeRoomQuery(slots.stream().map(SlotJson::toSlot).toList(), minCapacity, amenities, centreId);
    }
}
