package org.servicecentre.centre.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.centre.WeeklyHours;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/** Edits a centre's usual week: per weekday, add or remove opening ranges; a day without ranges is closed. */
class WeeklyHoursDialog extends Dialog {

    private final Map<DayOfWeek, RangesField> days = new EnumMap<>(DayOfWeek.class);
    private final OpeningHoursService hours;
    private final CentreSummary centre;
    private final Runnable saved;

    WeeklyHoursDialog(OpeningHoursService hours, CentreSummary centre, WeeklyHours week, Runnable saved) {
        this.hours = hours;
        this.centre = centre;
        this.saved = saved;
        setHeaderTitle(getTranslation("hours.week.dialog.title"));
        addClassName("weekly-hours-dialog");
        setId("weekly-hours-dialog");
        setCloseOnOutsideClick(false);
        setWidth("52rem");
        setMaxWidth("100%");
        var hint = new Paragraph(getTranslation("hours.week.dialog.hint"));
        hint.addClassName("form-hint");
        add(hint);
        for (var day : DayOfWeek.values()) {
            var field = new RangesField(null);
            field.setId("ranges-" + day.name().toLowerCase(java.util.Locale.ROOT));
            field.getElement().setAttribute("aria-label", HoursTexts.day(this, day));
            field.setValue(week.on(day));
            days.put(day, field);
            var name = new Span(HoursTexts.day(this, day));
            name.addClassName("weekly-day-name");
            var row = new Div(name, field);
            row.addClassName("weekly-day");
            add(row);
        }
        var save = new Button(getTranslation("form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("form-save");
        var cancel = new Button(getTranslation("form.cancel"), e -> close());
        cancel.setId("form-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        boolean ok = true;
        for (var field : days.values()) {
            ok &= field.check();
        }
        if (!ok) {
            return;
        }
        var week = new EnumMap<DayOfWeek, java.util.List<org.servicecentre.centre.TimeRange>>(DayOfWeek.class);
        days.forEach((day, field) -> week.put(day, field.getValue()));
        boolean done = DomainErrors.attempt(() -> {
            try {
                hours.replaceWeeklyHours(centre.id(), new WeeklyHours(week));
            } catch (DomainException e) {
                if (!e.code().equals("HOURS_OVERLAP")) {
                    throw e;
                }
                days.get(DayOfWeek.of((Integer) e.arguments()[0])).fail(DomainErrors.message(e));
                throw e;
            }
        });
        if (done) {
            Notifications.success(getTranslation("hours.week.saved"));
            close();
            saved.run();
        }
    }
}
