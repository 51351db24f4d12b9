package org.servicecentre.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.servicecentre.booking.RecurrenceRule;
import org.servicecentre.booking.Recurrences;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.ui.DomainErrors;

/**
 * Builds a recurrence rule from plain choices: every N weeks on some weekdays, or monthly on the Nth weekday, until a
 * date or a number of times; or takes a raw RFC 5545 RRULE. Shows the rule in words as it changes.
 */
class RecurrenceField extends Composite<VerticalLayout> {

    enum Pattern { WEEKLY, MONTHLY, ADVANCED }

    enum End { UNTIL, COUNT }

    private static final int NTH_LAST = -1;

    private final ZoneId zone;
    private final RadioButtonGroup<Pattern> pattern = new RadioButtonGroup<>();
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    private final IntegerField everyWeeks = new IntegerField();
    private final Select<Integer> nth = new Select<>();
    private final Select<DayOfWeek> weekday = new Select<>();
    private final RadioButtonGroup<End> end = new RadioButtonGroup<>();
    private final DatePicker until = new DatePicker();
    private final IntegerField count = new IntegerField();
    private final TextField raw = new TextField();
    private final Span description = new Span();
    private Runnable onChange = () -> { };

    RecurrenceField(LocalDate firstDay, ZoneId zone) {
        this.zone = zone;
        var layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.addClassName("recurrence-field");

        pattern.setLabel(getTranslation("series.pattern"));
        pattern.setItems(Pattern.values());
        pattern.setItemLabelGenerator(p -> getTranslation("series.pattern." + lower(p)));
        pattern.setValue(Pattern.WEEKLY);
        pattern.setId("series-pattern");

        days.setLabel(getTranslation("series.days"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> getTranslation("series.day." + code(d)));
        days.setValue(EnumSet.of(firstDay.getDayOfWeek()));
        days.setId("series-days");
        everyWeeks.setLabel(getTranslation("series.every-weeks"));
        everyWeeks.setSuffixComponent(new Span(getTranslation("series.weeks")));
        everyWeeks.setMin(1);
        everyWeeks.setMax(52);
        everyWeeks.setStepButtonsVisible(true);
        everyWeeks.setValue(1);
        everyWeeks.setWidth("9em");
        everyWeeks.setId("series-every-weeks");
        var weekly = row(days, everyWeeks);

        nth.setLabel(getTranslation("series.nth"));
        nth.setItems(List.of(1, 2, 3, 4, 5, NTH_LAST));
        nth.setItemLabelGenerator(n -> getTranslation("recurrence.ordinal." + (n == NTH_LAST ? "last" : n)));
        int weekOfMonth = (firstDay.getDayOfMonth() - 1) / 7 + 1;
        nth.setValue(weekOfMonth == 5 ? NTH_LAST : weekOfMonth);
        nth.setId("series-nth");
        weekday.setLabel(getTranslation("series.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> getTranslation("recurrence.day.long." + code(d)));
        weekday.setValue(firstDay.getDayOfWeek());
        weekday.setId("series-weekday");
        var monthly = row(nth, weekday);

        raw.setLabel(getTranslation("series.rrule"));
        raw.setPlaceholder(getTranslation("series.rrule.placeholder"));
        raw.setHelperText(getTranslation("series.rrule.help"));
        raw.setValueChangeMode(ValueChangeMode.LAZY);
        raw.setWidthFull();
        raw.setId("series-rrule");

        end.setLabel(getTranslation("series.end"));
        end.setItems(End.values());
        end.setItemLabelGenerator(e -> getTranslation("series.end." + lower(e)));
        end.setValue(End.UNTIL);
        end.setId("series-end");
        until.setLabel(getTranslation("series.until"));
        until.setMin(firstDay);
        until.setValue(firstDay.plusWeeks(12).minusDays(1));
        until.setId("series-until");
        count.setLabel(getTranslation("series.count"));
        count.setSuffixComponent(new Span(getTranslation("series.times")));
        count.setMin(1);
        count.setValue(10);
        count.setStepButtonsVisible(true);
        count.setWidth("9em");
        count.setVisible(false);
        count.setId("series-count");
        var ending = row(end, until, count);

        description.addClassName("series-description");
        description.setId("series-description");
        description.getStyle().set("display", "block").set("margin-top", "var(--lumo-space-s)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-primary-color-10pct)").set("font-weight", "500");
        layout.add(pattern, weekly, monthly, raw, ending, description);

        pattern.addValueChangeListener(e -> {
            weekly.setVisible(e.getValue() == Pattern.WEEKLY);
            monthly.setVisible(e.getValue() == Pattern.MONTHLY);
            raw.setVisible(e.getValue() == Pattern.ADVANCED);
            ending.setVisible(e.getValue() != Pattern.ADVANCED);
            if (e.getValue() == Pattern.ADVANCED && raw.isEmpty()) {
                rule().ifPresent(r -> raw.setValue(r.text()));
            }
        });
        end.addValueChangeListener(e -> {
            until.setVisible(e.getValue() == End.UNTIL);
            count.setVisible(e.getValue() == End.COUNT);
        });
        monthly.setVisible(false);
        raw.setVisible(false);
        List.<com.vaadin.flow.component.HasValue<?, ?>>of(pattern, days, everyWeeks, nth, weekday, end, until, count,
                raw).forEach(field -> field.addValueChangeListener(e -> changed()));
        changed();
    }

    /** Everything chosen, to carry the same pattern into another field (e.g. from the search to the series dialog). */
    record Choices(Pattern pattern, Set<DayOfWeek> days, Integer everyWeeks, Integer nth, DayOfWeek weekday, End end,
                   LocalDate until, Integer count, String raw) {
    }

    Choices choices() {
        return new Choices(pattern.getValue(), Set.copyOf(days.getValue()), everyWeeks.getValue(), nth.getValue(),
                weekday.getValue(), end.getValue(), until.getValue(), count.getValue(), raw.getValue());
    }

    void setChoices(Choices choices) {
        pattern.setValue(choices.pattern());
        days.setValue(choices.days());
        everyWeeks.setValue(choices.everyWeeks());
        nth.setValue(choices.nth());
        weekday.setValue(choices.weekday());
        end.setValue(choices.end());
        until.setValue(choices.until());
        count.setValue(choices.count());
        raw.setValue(choices.raw() == null ? "" : choices.raw());
    }

    /** A new first day: the last day may not be before it, and a weekly pattern on the old weekday alone follows it. */
    void setFirstDay(LocalDate firstDay, LocalDate before) {
        until.setMin(firstDay);
        if (before != null && days.getValue().equals(EnumSet.of(before.getDayOfWeek()))) {
            days.setValue(EnumSet.of(firstDay.getDayOfWeek()));
        }
        if (until.getValue() != null && until.getValue().isBefore(firstDay)) {
            until.setValue(firstDay.plusWeeks(12).minusDays(1));
        }
    }

    /** Shows why the rule cannot be used (e.g. too many occurrences) in place of its description. */
    void showProblem(String message) {
        description.setText(message);
        description.getElement().getClassList().set("invalid", true);
        description.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    /** Gives every part an id starting with {@code prefix} instead of "series-", for a second field on a page. */
    void prefixIds(String prefix) {
        List.<com.vaadin.flow.component.Component>of(pattern, days, everyWeeks, nth, weekday, end, until, count, raw,
                description).forEach(c -> c.setId(prefix + c.getId().orElseThrow().substring("series-".length())));
    }

    /** Runs whenever the rule may have changed. */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /** The rule as chosen, or empty when the choices are incomplete or the raw text cannot be read. */
    Optional<RecurrenceRule> rule() {
        try {
            return Optional.ofNullable(build());
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /** Why the current choices give no rule, translated; null when they give one. */
    String problem() {
        try {
            return build() == null ? getTranslation("series.rule.incomplete") : null;
        } catch (DomainException e) {
            return DomainErrors.message(e);
        }
    }

    private RecurrenceRule build() {
        return switch (pattern.getValue()) {
            case ADVANCED -> raw.isEmpty() ? null : RecurrenceRule.parse(raw.getValue());
            case WEEKLY -> days.isEmpty() || everyWeeks.getValue() == null || !endChosen() ? null
                    : end.getValue() == End.UNTIL ? RecurrenceRule.weekly(days.getValue(), everyWeeks.getValue(), until.getValue())
                    : RecurrenceRule.weekly(days.getValue(), everyWeeks.getValue(), count.getValue());
            case MONTHLY -> nth.isEmpty() || weekday.isEmpty() || !endChosen() ? null
                    : end.getValue() == End.UNTIL ? RecurrenceRule.monthlyOnWeekday(nth.getValue(), weekday.getValue(), until.getValue())
                    : RecurrenceRule.monthlyOnWeekday(nth.getValue(), weekday.getValue(), count.getValue());
        };
    }

    private boolean endChosen() {
        return end.getValue() == End.UNTIL ? until.getValue() != null : count.getValue() != null;
    }

    private void changed() {
        var rule = rule();
        description.setText(rule.map(r -> Recurrences.describe(r, zone, this::getTranslation))
                .orElseGet(this::problem));
        description.getElement().getClassList().set("invalid", rule.isEmpty());
        description.getStyle().set("color", rule.isEmpty() ? "var(--lumo-error-text-color)" : "var(--lumo-body-text-color)");
        onChange.run();
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
        var row = new HorizontalLayout(parts);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2).toLowerCase(Locale.ROOT);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
