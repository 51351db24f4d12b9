package org.servicecentre.centre.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.servicecentre.centre.TimeRange;

/**
 * The opening ranges of one day: rows of from/until time pickers that can be added and removed. {@link #check()}
 * marks a missing time, an end before its start, or an overlap next to the picker concerned.
 */
class RangesField extends CustomField<List<TimeRange>> {

    private final Div rows = new Div();
    private final List<Row> current = new ArrayList<>();
    private final Button add;
    private final Span none = new Span();

    /** With a label above the rows, or none (null) when the dialog names the day beside the field. */
    RangesField(String label) {
        if (label != null) {
            setLabel(label);
        }
        addClassName("ranges-field");
        rows.addClassName("ranges-rows");
        add = new Button(getTranslation("hours.range.add"), VaadinIcon.PLUS.create(), e -> {
            addRow(null);
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.addClassName("ranges-add");
        none.setText(getTranslation("hours.closed"));
        none.addClassName("ranges-none");
        add(rows, none, add);
        none.setVisible(true);
    }

    @Override
    protected void updateValue() {
        none.setVisible(current.isEmpty());
        super.updateValue();
    }

    @Override
    protected List<TimeRange> generateModelValue() {
        var ranges = new ArrayList<TimeRange>();
        for (var row : current) {
            var start = row.start.getValue();
            var end = row.end.getValue();
            if (start != null && end != null && endMinute(end) > minute(start)) {
                ranges.add(TimeRange.of(start, end));
            }
        }
        return ranges;
    }

    @Override
    protected void setPresentationValue(List<TimeRange> ranges) {
        rows.removeAll();
        current.clear();
        if (ranges != null) {
            ranges.forEach(this::addRow);
        }
        none.setVisible(current.isEmpty());
    }

    /** Marks each bad row next to its pickers; true when every row is complete and none overlap. */
    boolean check() {
        boolean ok = true;
        for (var row : current) {
            row.clear();
            if (row.start.getValue() == null || row.end.getValue() == null) {
                ok = row.fail(row.start.getValue() == null ? row.start : row.end, "hours.range.required");
            } else if (endMinute(row.end.getValue()) <= minute(row.start.getValue())) {
                ok = row.fail(row.end, "hours.range.invalid");
            }
        }
        for (int i = 0; i < current.size() && ok; i++) {
            for (int j = 0; j < i; j++) {
                var a = current.get(i);
                var b = current.get(j);
                if (minute(a.start.getValue()) < endMinute(b.end.getValue())
                        && minute(b.start.getValue()) < endMinute(a.end.getValue())) {
                    ok = a.fail(a.start, "hours.range.overlap");
                }
            }
        }
        setInvalid(!ok);
        setErrorMessage(ok ? null : getTranslation("hours.ranges.invalid"));
        return ok;
    }

    /** Shows a service refusal (an overlap found on the server) under the whole field. */
    void fail(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }

    private void addRow(TimeRange range) {
        var row = new Row(range);
        current.add(row);
        rows.add(row.layout);
    }

    private static int minute(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static int endMinute(LocalTime time) {
        return time.equals(LocalTime.MIDNIGHT) ? TimeRange.END_OF_DAY : minute(time);
    }

    /** One from–until pair with its remove button. */
    private final class Row {

        final TimePicker start = picker("hours.range.start");
        final TimePicker end = picker("hours.range.end");
        final HorizontalLayout layout = new HorizontalLayout();

        Row(TimeRange range) {
            if (range != null) {
                start.setValue(range.start());
                end.setValue(range.end());
            }
            // only now: the values set above are not the user's and must not change the field's value
            start.addValueChangeListener(e -> changed(start));
            end.addValueChangeListener(e -> changed(end));
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                current.remove(this);
                rows.remove(layout);
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("hours.range.remove"));
            remove.setTooltipText(getTranslation("hours.range.remove"));
            remove.addClassName("range-remove");
            var dash = new Span("–");
            dash.addClassName("range-dash");
            layout.add(start, dash, end, remove);
            layout.addClassName("range-row");
            layout.setSpacing(false);
            layout.setAlignItems(Alignment.BASELINE);
        }

        private TimePicker picker(String labelKey) {
            var picker = new TimePicker();
            picker.setAriaLabel(getTranslation(labelKey));
            picker.setPlaceholder(getTranslation(labelKey));
            picker.setStep(Duration.ofMinutes(30));
            picker.setLocale(java.util.Locale.UK);
            picker.setWidth("7.5em");
            return picker;
        }

        private void changed(TimePicker picker) {
            picker.setInvalid(false);
            updateValue();
        }

        boolean fail(TimePicker picker, String key) {
            picker.setErrorMessage(getTranslation(key));
            picker.setInvalid(true);
            return false;
        }

        void clear() {
            start.setInvalid(false);
            end.setInvalid(false);
        }
    }
}
