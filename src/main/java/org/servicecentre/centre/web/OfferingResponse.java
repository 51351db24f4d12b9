package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import org.servicecentre.centre.OfferingSummary;

/** One weekly slot in which a centre offers a catalogue item, as the API shows it. */
record OfferingResponse(long id, long centreId, String centreName, Item item, Organisation organisation,
                        @Schema(example = "TUESDAY") DayOfWeek weekday,
                        @Schema(example = "14:00", description = "Local time in the centre's zone") String start,
                        @Schema(example = "17:00") String end,
                        @Schema(example = "请提前电话预约") String note, boolean active) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The offered item with the names of its category and sector. */
    record Item(long id, String code, String nameZh, String nameEn, String categoryZh, String sectorZh) {
    }

    record Organisation(long id, String name) {
    }

    static OfferingResponse of(OfferingSummary slot) {
        var entry = slot.item();
        var path = entry.path();
        var item = new Item(entry.id(), entry.code(), entry.name().zh(), CatalogueEntryResponse.english(entry.name()),
                path.size() > 1 ? path.get(1).zh() : null, path.isEmpty() ? null : path.getFirst().zh());
        return new OfferingResponse(slot.id(), slot.centreId(), slot.centreName(), item,
                new Organisation(slot.organisationId(), slot.organisationName()), slot.weekday(),
                TIME.format(slot.start()), TIME.format(slot.end()), slot.note(), slot.active());
    }
}
