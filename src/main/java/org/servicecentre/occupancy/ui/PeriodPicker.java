package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import org.servicecentre.occupancy.UsagePeriod;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.ui.DomainErrors;

/**
 * The period of a dashboard: a preset (last 30 days, this month, …) or custom dates, never later than yesterday,
 * with a note that the figures go up to yesterday.
 */
class PeriodPicker extends HorizontalLayout {

    private final LocalDate yesterday;
    private final Select<PeriodChoice> choice = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span note = new Span();
    private UsagePeriod value;
    private Consumer<UsagePeriod> listener = period -> { };
    private boolean quiet;

    PeriodPicker(LocalDate yesterday, PeriodChoice initial) {
        this.yesterday = yesterday;
        addClassName("usage-period");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        setWrap(true);
        choice.setId("usage-period");
        choice.setLabel(getTranslation("usage.period"));
        choice.setItems(PeriodChoice.values());
        choice.setItemLabelGenerator(c -> getTranslation("usage.period." + c.name().toLowerCase(Locale.ROOT)));
        choice.setWidth("11em");
        from.setId("usage-from");
        from.setLabel(getTranslation("usage.from"));
        to.setId("usage-to");
        to.setLabel(getTranslation("usage.to"));
        for (var picker : new DatePicker[] {from, to}) {
            picker.setMax(yesterday);
            picker.setWidth("10em");
            picker.setLocale(getLocale());
        }
        note.addClassName("usage-period-note");
        choice.addValueChangeListener(e -> {
            if (!quiet && e.getValue() != null && e.getValue() != PeriodChoice.CUSTOM) {
                set(e.getValue().period(yesterday), true);
            }
            showDates();
        });
        from.addValueChangeListener(e -> customChanged());
        to.addValueChangeListener(e -> customChanged());
        add(choice, from, to, note);
        set(initial.period(yesterday), false);
    }

    UsagePeriod value() {
        return value;
    }

    void onChange(Consumer<UsagePeriod> listener) {
        this.listener = listener;
    }

    /** Shows this period (a preset if it is one) without telling the listener. */
    void set(UsagePeriod period) {
        set(period, false);
    }

    private void set(UsagePeriod period, boolean notify) {
        value = period;
        quiet = true;
        try {
            choice.setValue(PeriodChoice.of(period, yesterday));
            from.setValue(period.from());
            to.setValue(period.to());
        } finally {
            quiet = false;
        }
        note.setText(getTranslation("usage.period.note", period.days(), date(yesterday)));
        showDates();
        if (notify) {
            listener.accept(period);
        }
    }

    private void customChanged() {
        if (quiet || from.getValue() == null || to.getValue() == null) {
            return;
        }
        var period = DomainErrors.attempt(() -> new UsagePeriod(from.getValue(), to.getValue()));
        if (period != null && !period.equals(value)) {
            set(period, true);
            choice.setValue(PeriodChoice.CUSTOM);
        }
    }

    private void showDates() {
        boolean custom = choice.getValue() == PeriodChoice.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
    }

    private String date(LocalDate date) {
        return new UsageTexts(this).date(date);
    }

    /** A period from the URL ({@code from}/{@code to} as ISO dates), or null when they are missing or wrong. */
    static UsagePeriod parse(String from, String to, LocalDate yesterday) {
        if (from == null || to == null) {
            return null;
        }
        try {
            var last = LocalDate.parse(to);
            return new UsagePeriod(LocalDate.parse(from), last.isAfter(yesterday) ? yesterday : last);
        } catch (java.time.format.DateTimeParseException | DomainException e) {
            return null;
        }
    }
}
