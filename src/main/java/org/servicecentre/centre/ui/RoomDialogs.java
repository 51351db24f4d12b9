package org.servicecentre.centre.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.stream.Stream;
import org.servicecentre.centre.AmenityService;
import org.servicecentre.centre.AmenitySummary;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.RoomDraft;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * Opens the room dialogs for the rooms screen and the centre's rooms tab: a new room, and an existing room to edit
 * (editors, with photo, door code and archive actions) or to look at (everyone else).
 */
final class RoomDialogs {

    private final RoomService rooms;
    private final AmenityService amenities;
    private final CentreService centres;

    RoomDialogs(RoomService rooms, AmenityService amenities, CentreService centres) {
        this.rooms = rooms;
        this.amenities = amenities;
        this.centres = centres;
    }

    /** The centres the caller may add rooms to. */
    List<CentreSummary> editableCentres() {
        return centres.list("", null, 0, 1000).stream().filter(c -> rooms.mayEdit(c.id())).toList();
    }

    /** A new room, in the given centre or in one the user picks among those they may edit. */
    void create(CentreSummary fixedCentre, Runnable changed) {
        var choices = fixedCentre == null ? editableCentres() : List.of(fixedCentre);
        var form = new RoomForm("rooms.new", choices, amenities.choices());
        var draft = new RoomDraft();
        draft.setCapacity(20);
        form.edit(draft, d -> {
            var created = rooms.create(form.centre().id(), d);
            changed.run();
            Notifications.success(form.getTranslation("rooms.created", created.name()));
        });
    }

    void open(RoomSummary room, Runnable changed) {
        boolean editable = rooms.mayEdit(room.centreId());
        var form = new RoomForm(editable ? "rooms.edit" : "rooms.view", List.of(), choicesFor(room));
        form.addSection(new RoomPhotoField(rooms, room, editable));
        if (editable) {
            form.addSection(actions(form, room, changed));
            form.edit(RoomDraft.of(room), d -> {
                var saved = rooms.update(room.id(), d);
                changed.run();
                Notifications.success(form.getTranslation("rooms.saved", saved.name()));
            });
        } else {
            form.show(RoomDraft.of(room));
        }
    }

    /** Active amenities plus any inactive ones the room still has, so that saving does not drop them. */
    private List<AmenitySummary> choicesFor(RoomSummary room) {
        return Stream.concat(amenities.choices().stream(), room.amenities().stream().filter(a -> !a.active()))
                .distinct().toList();
    }

    private Div actions(RoomForm form, RoomSummary room, Runnable changed) {
        var door = new Button(form.getTranslation("rooms.door.open"), VaadinIcon.QRCODE.create(), e -> {
            form.close();
            UI.getCurrent().navigate(RoomDoorView.class, new RouteParameters("roomId", String.valueOf(room.id())));
        });
        door.setId("room-door");
        var archive = new Button(form.getTranslation(room.active() ? "rooms.archive" : "rooms.restore"),
                (room.active() ? VaadinIcon.ARCHIVE : VaadinIcon.ARROW_BACKWARD).create(),
                e -> confirmArchive(form, room, changed));
        archive.setId(room.active() ? "room-archive" : "room-restore");
        archive.addThemeVariants(room.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        var actions = new Div(door, archive);
        actions.addClassNames("form-section", "room-actions");
        return actions;
    }

    private void confirmArchive(RoomForm form, RoomSummary room, Runnable changed) {
        boolean archiving = room.active();
        var prefix = archiving ? "rooms.archive." : "rooms.restore.";
        var confirm = new ConfirmDialog(form.getTranslation(prefix + "title", room.name()),
                form.getTranslation(prefix + "text"), form.getTranslation(prefix + "confirm"), e -> {
                    var done = DomainErrors.attempt(() -> archiving ? rooms.archive(room.id()) : rooms.restore(room.id()));
                    if (done != null) {
                        form.close();
                        changed.run();
                        Notifications.success(form.getTranslation(prefix + "done", room.name()));
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(form.getTranslation("form.cancel"));
        confirm.setConfirmButtonTheme(archiving ? "error primary" : "primary");
        confirm.open();
    }
}
