package org.servicecentre.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Set;
import java.util.function.Predicate;
import org.servicecentre.centre.RoomFilter;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.security.Scope;

/** Picks the room a manager's new calendar link publishes: a room of the centres they keep (admins: any). */
class FeedRoomDialog extends Dialog {

    private final ComboBox<RoomSummary> room = new ComboBox<>();

    /** {@code create} gets the chosen room and says whether the link was made (else the dialog stays open). */
    FeedRoomDialog(RoomService rooms, Scope scope, Predicate<RoomSummary> create) {
        setHeaderTitle(getTranslation("feeds.room.title"));
        setWidth("min(520px, 95vw)");
        Set<Long> centreIds = scope.isAdmin() ? Set.of() : scope.centreIds();
        room.setLabel(getTranslation("feeds.room.label"));
        room.setHelperText(getTranslation(scope.isAdmin() ? "feeds.room.helper.admin" : "feeds.room.helper"));
        room.setRequiredIndicatorVisible(true);
        room.setWidthFull();
        room.setId("feed-room");
        room.setItemLabelGenerator(r -> getTranslation("feeds.room.item", r.centreName(), r.name(), r.capacity()));
        Set<Long> narrowed = centreIds.isEmpty() && !scope.isAdmin() ? Set.of(-1L) : centreIds;
        room.setItems(query -> rooms.list(new RoomFilter(query.getFilter().orElse(""), null, narrowed, null, Set.of(),
                false), query.getOffset(), query.getLimit()).stream());
        room.addValueChangeListener(e -> room.setInvalid(e.getValue() == null && room.isInvalid()));
        add(room);

        var cancel = new Button(getTranslation("form.cancel"), e -> close());
        var ok = new Button(getTranslation("feeds.room.create"), e -> submit(create));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("feed-room-create");
        getFooter().add(cancel, ok);
    }

    private void submit(Predicate<RoomSummary> create) {
        if (room.getValue() == null) {
            room.setInvalid(true);
            room.setErrorMessage(getTranslation("feeds.room.required"));
            return;
        }
        if (create.test(room.getValue())) {
            close();
        }
    }
}
