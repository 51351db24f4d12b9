package org.servicecentre.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;

/**
 * One free room in the search results: its photo (loaded only when shown), name, centre, floor, capacity, amenities
 * as badges, whether bookings need approval, and for those who may book a button to book it for the slot.
 */
class FreeRoomCard extends Div {

    /** {@code series}: the button books every occurrence of the searched pattern rather than one slot. */
    FreeRoomCard(RoomSummary room, RoomService rooms, Runnable book, boolean series) {
        addClassNames("card", "room-card");
        setId("room-card-" + room.id());
        var media = new Div();
        media.addClassName("room-card-media");
        if (room.hasPhoto()) {
            var photo = new Image(DownloadHandler.fromInputStream(event -> rooms.photo(room.id())
                    .map(p -> new DownloadResponse(new ByteArrayInputStream(p.bytes()), "room-" + room.id(),
                            p.contentType(), p.bytes().length))
                    .orElseGet(() -> DownloadResponse.error(404))), getTranslation("search.photo", room.name()));
            media.add(photo);
        } else {
            media.add(VaadinIcon.OFFICE.create());
            media.addClassName("no-photo");
        }

        var name = new Span(room.name());
        name.addClassName("card-title");
        var title = new Div(name);
        title.addClassName("room-card-title");
        if (room.needsApproval()) {
            title.add(BookingTexts.badge(getTranslation("search.needs-approval"), "approval"));
        }
        var where = new Div(new Span(room.centreName()));
        where.addClassName("card-line");
        if (room.floor() != null && !room.floor().isBlank()) {
            where.add(new Span(getTranslation("search.floor", room.floor())));
        }
        var capacity = new Div(VaadinIcon.USERS.create(), new Span(getTranslation("search.capacity", room.capacity())));
        capacity.addClassNames("card-line", "room-card-capacity");
        var amenities = new Div();
        amenities.addClassName("room-card-amenities");
        room.amenities().forEach(a -> amenities.add(BookingTexts.badge(a.name(getLocale()), "muted")));
        var body = new Div(title, where, capacity, amenities);
        body.addClassName("room-card-body");
        add(media, body);

        if (book != null) {
            var button = new Button(getTranslation(series ? "search.book.series" : "search.book"),
                    (series ? VaadinIcon.REFRESH : VaadinIcon.CALENDAR_CLOCK).create(),
                    e -> book.run());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.addClassName("room-card-book");
            button.setId("book-room-" + room.id());
            add(button);
        }
    }
}
