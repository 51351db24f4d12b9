package org.servicecentre.booking.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.organisation.OrganisationSummary;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.ui.DomainErrors;

/**
 * The fields of a booking: room, day, start and end (15-minute steps, in the centre's zone), purpose, expected
 * attendance (at most the room's capacity) and, for managers and admins, the organisation booked for. Refusals that
 * concern one field are shown next to it.
 */
class BookingForm extends FormLayout {

    private final ComboBox<RoomSummary> room = new ComboBox<>(getTranslation("booking.room"));
    private final DatePicker date = BookingPickers.date(this, "booking.date");
    private final TimePicker start = BookingPickers.time(this, "booking.start");
    private final TimePicker end = BookingPickers.time(this, "booking.end");
    private final TextField purpose = new TextField(getTranslation("booking.purpose"));
    private final IntegerField attendance = new IntegerField(getTranslation("booking.attendance"));
    private final ComboBox<OrganisationSummary> organisation = new ComboBox<>(getTranslation("booking.organisation"));
    private final BeanValidationBinder<BookingFields> binder = new BeanValidationBinder<>(BookingFields.class);
    private final Map<String, HasValidation> fieldsByCode = Map.of("BOOKING_OVER_CAPACITY", attendance,
            "BOOKING_END_BEFORE_START", end, "BOOKING_ZERO_LENGTH", end, "BOOKING_IN_PAST", start,
            "BOOKING_ORGANISATION_REQUIRED", organisation, "BOOKING_ROOM_NOT_BOOKABLE", room);
    private final boolean asksOrganisation;

    /** {@code organisations} given: the user books on behalf of an organisation and picks it here. */
    BookingForm(List<RoomSummary> rooms, ZoneId zone,
                CallbackDataProvider.FetchCallback<OrganisationSummary, String> organisations) {
        this.asksOrganisation = organisations != null;
        addClassName("booking-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("480px", 3));
        room.setId("booking-room");
        room.setItems(rooms);
        room.setItemLabelGenerator(r -> getTranslation("booking.room.choice", r.name(), r.capacity()));
        room.setReadOnly(rooms.size() == 1);
        room.addValueChangeListener(e -> roomChosen(e.getValue()));
        date.setId("booking-date");
        date.setMin(LocalDate.now(zone));
        start.setId("booking-start");
        end.setId("booking-end");
        purpose.setId("booking-purpose");
        purpose.setMaxLength(200);
        purpose.setPlaceholder(getTranslation("booking.purpose.placeholder"));
        attendance.setId("booking-attendance");
        attendance.setStepButtonsVisible(true);
        attendance.setSuffixComponent(new Div(getTranslation("rooms.capacity.unit")));
        organisation.setId("booking-organisation");
        organisation.setHelperText(getTranslation("booking.organisation.helper"));
        organisation.setItemLabelGenerator(OrganisationSummary::name);

        String required = getTranslation("form.required");
        binder.forField(room).asRequired(required).bind("room");
        binder.forField(date).asRequired(required).bind("date");
        binder.forField(start).asRequired(required).bind("start");
        var endBinding = binder.forField(end).asRequired(required)
                .withValidator(t -> start.getValue() == null || t.isAfter(start.getValue()),
                        getTranslation("booking.end.before-start"))
                .bind("end");
        start.addValueChangeListener(e -> {
            if (end.getValue() != null) {
                endBinding.validate();
            }
        });
        binder.forField(purpose).asRequired(required).bind("purpose");
        binder.forField(attendance).asRequired(required)
                .withValidator(people -> people >= 1, getTranslation("booking.attendance.none"))
                .withValidator((people, context) -> room.getValue() == null || people <= room.getValue().capacity()
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("booking.attendance.over", room.getValue().capacity())))
                .bind("attendance");
        if (asksOrganisation) {
            organisation.setItems(organisations);
            binder.forField(organisation).asRequired(getTranslation("error.booking_organisation_required"))
                    .bind("organisation");
        }

        add(room, 3);
        add(date, start, end);
        add(purpose, 3);
        add(attendance);
        if (asksOrganisation) {
            add(organisation, 2);
        }
    }

    void read(BookingFields fields) {
        binder.readBean(fields);
        roomChosen(fields.getRoom());
    }

    /** The fields as typed, valid or not (for carrying them elsewhere). */
    void writeAsDraft(BookingFields into) {
        binder.writeBeanAsDraft(into, true);
    }

    /** The fields as typed, when every one is valid. */
    Optional<BookingFields> write(BookingFields into) {
        return binder.writeBeanIfValid(into) ? Optional.of(into) : Optional.empty();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        room.setReadOnly(readOnly || room.getListDataView().getItemCount() <= 1);
        if (readOnly) {
            binder.getFields().forEach(f -> f.setRequiredIndicatorVisible(false));
            attendance.setHelperText(null);
        }
    }

    /** Shows a refusal next to the field it concerns; false when it concerns no single field. */
    boolean showNextToField(DomainException refusal) {
        var field = fieldsByCode.get(refusal.code());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(DomainErrors.message(refusal));
        field.setInvalid(true);
        return true;
    }

    RoomSummary room() {
        return room.getValue();
    }

    private void roomChosen(RoomSummary chosen) {
        if (chosen == null) {
            attendance.setHelperText(null);
            return;
        }
        attendance.setHelperText(getTranslation("booking.attendance.max", chosen.capacity()));
        if (attendance.getValue() != null) {
            binder.getBinding("attendance").ifPresent(b -> b.validate());
        }
    }
}
