package org.servicecentre.centre.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.servicecentre.centre.ClosureDraft;
import org.servicecentre.centre.ClosureRoom;
import org.servicecentre.shared.ui.FormDialog;

/** Adds a closure: the whole centre or one of its rooms, from the first to the last day, with a reason. */
class ClosureDialog extends FormDialog<ClosureDraft> {

    private static final String WHOLE = "whole";
    private static final String ROOM = "room";

    ClosureDialog(LocalDate today, List<ClosureRoom> rooms) {
        super(ClosureDraft.class);
        setHeaderTitle(getTranslation("hours.closure.dialog.title"));
        setId("closure-dialog");
        var scope = new RadioButtonGroup<String>(getTranslation("hours.closure.scope"));
        scope.setId("closure-scope");
        scope.setItems(WHOLE, ROOM);
        scope.setItemLabelGenerator(s -> getTranslation(WHOLE.equals(s) ? "hours.closure.whole" : "hours.closure.one-room"));
        scope.setValue(WHOLE);
        scope.setItemEnabledProvider(s -> WHOLE.equals(s) || !rooms.isEmpty());
        if (rooms.isEmpty()) {
            scope.setHelperText(getTranslation("hours.closure.no-rooms"));
        }
        var room = new ComboBox<ClosureRoom>(getTranslation("hours.closure.room"));
        room.setId("closure-room");
        room.setItems(rooms);
        room.setItemLabelGenerator(r -> getTranslation("hours.closure.room.label", r.name(), r.code()));
        room.setVisible(false);
        room.setRequiredIndicatorVisible(true);
        scope.addValueChangeListener(e -> room.setVisible(ROOM.equals(e.getValue())));
        var first = HoursTexts.datePicker(this, "hours.closure.first");
        first.setId("closure-first");
        first.setMin(today);
        var last = HoursTexts.datePicker(this, "hours.closure.last");
        last.setId("closure-last");
        last.setMin(today);
        first.addValueChangeListener(e -> {
            if (e.getValue() != null && last.getValue() == null) {
                last.setValue(e.getValue());
            }
        });
        var reason = new TextField(getTranslation("hours.reason"));
        reason.setId("closure-reason");
        reason.setMaxLength(200);
        reason.setPlaceholder(getTranslation("hours.closure.reason.placeholder"));
        form().add(scope, 2);
        form().add(room, 2);
        form().add(first, last);
        form().add(reason, 2);
        binder().forField(room)
                .withValidator(r -> !ROOM.equals(scope.getValue()) || r != null, getTranslation("hours.closure.room.required"))
                .bind(d -> rooms.stream().filter(r -> Objects.equals(r.id(), d.getRoomId())).findFirst().orElse(null),
                        (d, r) -> d.setRoomId(ROOM.equals(scope.getValue()) && r != null ? r.id() : null));
        binder().forField(first).asRequired(getTranslation("form.required")).bind("firstDay");
        binder().forField(last).asRequired(getTranslation("form.required"))
                .withValidator(d -> first.getValue() == null || !d.isBefore(first.getValue()),
                        getTranslation("hours.closure.last.before"))
                .bind("lastDay");
        binder().forField(reason).asRequired(getTranslation("form.required")).bind("reason");
        showErrorOn("CLOSURE_DAYS_REVERSED", last);
        showErrorOn("CLOSURE_ROOM_NOT_IN_CENTRE", room);
    }
}
