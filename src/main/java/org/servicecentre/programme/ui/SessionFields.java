package org.servicecentre.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.servicecentre.shared.ui.DatePickers;

/** The date and time fields of the add-sessions forms and their checks, with a message next to each bad field. */
final class SessionFields {

    private SessionFields() {
    }

    static DatePicker date(Component context, String labelKey, String id, Clock clock) {
        var picker = DatePickers.localised(context, labelKey);
        picker.setId(id);
        var today = LocalDate.now(clock.withZone(ProgrammeForm.ZONE));
        picker.setMin(today);
        picker.setValue(today.plusWeeks(1));
        picker.setRequiredIndicatorVisible(true);
        return picker;
    }

    static TimePicker time(Component context, String labelKey, String id, LocalTime initial) {
        var picker = new TimePicker(context.getTranslation(labelKey));
        picker.setId(id);
        picker.setStep(Duration.ofMinutes(15));
        picker.setLocale(Locale.UK);
        picker.setValue(initial);
        picker.setRequiredIndicatorVisible(true);
        picker.setWidth("8em");
        return picker;
    }

    /** Marks the field when it is empty; true when it has a value. */
    static <F extends Component & HasValue<?, ?> & HasValidation> boolean filled(F field) {
        boolean empty = field.isEmpty();
        field.setErrorMessage(empty ? field.getTranslation("form.required") : null);
        field.setInvalid(empty);
        return !empty;
    }

    /** Checks that the end comes after the start, next to the end field. */
    static boolean ordered(TimePicker start, TimePicker end) {
        boolean ok = end.getValue().isAfter(start.getValue());
        end.setErrorMessage(ok ? null : end.getTranslation("error.session_end_before_start"));
        end.setInvalid(!ok);
        return ok;
    }

    static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return date.atTime(time).atZone(zone).toInstant();
    }
}
