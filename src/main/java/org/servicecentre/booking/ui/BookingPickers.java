package org.servicecentre.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.Locale;

/**
 * Date and time pickers of the booking screens: dates and month names in the user's language, weeks from Monday,
 * times as 24-hour "14:30" in quarter-hour steps.
 */
final class BookingPickers {

    static final Duration STEP = Duration.ofMinutes(15);

    private BookingPickers() {
    }

    static DatePicker date(Component context, String labelKey) {
        var picker = org.servicecentre.shared.ui.DatePickers.localised(context, labelKey);
        var i18n = picker.getI18n();
        i18n.setMinErrorMessage(context.getTranslation("search.date.past"));
        i18n.setBadInputErrorMessage(context.getTranslation("search.date.bad"));
        picker.setI18n(i18n);
        return picker;
    }

    static TimePicker time(Component context, String labelKey) {
        var picker = new TimePicker(context.getTranslation(labelKey));
        picker.setStep(STEP);
        picker.setLocale(Locale.UK);
        var i18n = new TimePicker.TimePickerI18n();
        i18n.setBadInputErrorMessage(context.getTranslation("search.time.bad"));
        picker.setI18n(i18n);
        return picker;
    }

    /** A short note with an icon, such as "this room needs approval". */
    static Component hint(Component context, com.vaadin.flow.component.icon.VaadinIcon icon, String key) {
        var text = new com.vaadin.flow.component.html.Paragraph(icon.create(),
                new com.vaadin.flow.component.html.Span(context.getTranslation(key)));
        text.addClassName("booking-hint");
        return text;
    }

    static com.vaadin.flow.component.button.Button primary(Component context, String key, String id, Runnable action) {
        var button = button(context, key, id, action);
        button.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    static com.vaadin.flow.component.button.Button button(Component context, String key, String id, Runnable action) {
        var button = new com.vaadin.flow.component.button.Button(context.getTranslation(key), e -> action.run());
        button.setId(id);
        return button;
    }
}
