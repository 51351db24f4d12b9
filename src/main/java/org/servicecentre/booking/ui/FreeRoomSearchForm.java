package org.servicecentre.booking.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicecentre.booking.FreeRoomQuery;
import org.servicecentre.booking.RecurrenceRule;
import org.servicecentre.booking.Recurrences;
import org.servicecentre.booking.TimeSlot;
import org.servicecentre.centre.AmenitySummary;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.ui.DomainErrors;

/**
 * What the free-room search asks: a day with a start and an end (quarter hours; by default the next full hour, for
 * two hours), at least how many people, which amenities, and one centre or every centre the user may book in. Bad
 * parts are marked next to their field. With "repeat" ticked the day is the first of a pattern (e.g. weekly on Tue
 * and Thu until a date) and a room must be free for every occurrence.
 */
class FreeRoomSearchForm extends FormLayout {

    private static final LocalTime EARLIEST = LocalTime.of(9, 0);
    private static final LocalTime LATEST = LocalTime.of(20, 0);
    /** As {@code FreeRoomSearch.MAX_SLOTS}: the most occurrences one search looks at. */
    static final int MAX_OCCURRENCES = 200;

    private final DatePicker date = BookingPickers.date(this, "search.date");
    private final TimePicker start = BookingPickers.time(this, "search.start");
    private final TimePicker end = BookingPickers.time(this, "search.end");
    private final IntegerField people = new IntegerField(getTranslation("search.people"));
    private final MultiSelectComboBox<AmenitySummary> amenities =
            new MultiSelectComboBox<>(getTranslation("search.amenities"));
    private final ComboBox<CentreSummary> centre = new ComboBox<>(getTranslation("search.centre"));
    private final Binder<Object> binder = new Binder<>();
    private final Clock clock;
    private final Checkbox repeat = new Checkbox(getTranslation("search.repeat"));
    private RecurrenceField recurrence;

    FreeRoomSearchForm(Clock clock, List<AmenitySummary> amenityChoices, String allCentresKey) {
        this.clock = clock;
        addClassName("search-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("520px", 3),
                new ResponsiveStep("1000px", 6));
        date.setId("search-date");
        start.setId("search-start");
        end.setId("search-end");
        people.setId("search-people");
        people.setStepButtonsVisible(true);
        people.setPlaceholder(getTranslation("search.people.any"));
        people.setSuffixComponent(new Div(getTranslation("rooms.capacity.unit")));
        people.setClearButtonVisible(true);
        amenities.setId("search-amenities");
        amenities.setItems(amenityChoices);
        amenities.setItemLabelGenerator(a -> a.name(getLocale()));
        amenities.setPlaceholder(getTranslation("search.amenities.any"));
        amenities.setClearButtonVisible(true);
        centre.setId("search-centre");
        centre.setPlaceholder(getTranslation(allCentresKey));
        centre.setItemLabelGenerator(CentreSummary::name);
        centre.setClearButtonVisible(true);

        var first = defaultStart(clock);
        date.setValue(first.toLocalDate());
        date.setMin(LocalDate.now(clock.withZone(CentreDraft.DEFAULT_ZONE)));
        start.setValue(first.toLocalTime());
        end.setValue(first.toLocalTime().plusHours(2));

        String required = getTranslation("form.required");
        binder.forField(date).asRequired(required)
                .withValidator(d -> !d.isBefore(today()), getTranslation("search.date.past"))
                .bind(x -> date.getValue(), (x, v) -> { });
        binder.forField(start).asRequired(required).bind(x -> start.getValue(), (x, v) -> { });
        var endBinding = binder.forField(end).asRequired(required)
                .withValidator(t -> start.getValue() == null || t.isAfter(start.getValue()),
                        getTranslation("search.end.before-start"))
                .bind(x -> end.getValue(), (x, v) -> { });
        binder.forField(people).withValidator(p -> p == null || p >= 1, getTranslation("search.people.bad"))
                .bind(x -> people.getValue(), (x, v) -> { });
        start.addValueChangeListener(e -> endBinding.validate());

        add(date, start, end, people);
        add(centre, 2);
        add(amenities, 6);

        repeat.setId("search-repeat");
        repeat.setTooltipText(getTranslation("search.repeat.help"));
        repeat.addValueChangeListener(e -> repeatChanged(e.getValue()));
        add(repeat, 6);
        date.addValueChangeListener(e -> {
            if (recurrence != null && e.getValue() != null) {
                recurrence.setFirstDay(e.getValue(), e.getOldValue());
            }
        });
    }

    private void repeatChanged(boolean on) {
        if (on && recurrence == null) {
            recurrence = new RecurrenceField(date.getValue() == null ? today() : date.getValue(), zone());
            recurrence.prefixIds("search-repeat-");
            recurrence.addClassName("search-recurrence");
            add(recurrence, 6);
        }
        if (recurrence != null) {
            recurrence.setVisible(on);
        }
    }

    ComboBox<CentreSummary> centreField() {
        return centre;
    }

    /** Whether every field is filled in well; marks the bad ones. */
    boolean validate() {
        if (!binder.validate().isOk()) {
            return false;
        }
        if (!repeats()) {
            return true;
        }
        if (recurrence.rule().isEmpty()) {
            recurrence.showProblem(recurrence.problem());
            return false;
        }
        try {
            if (occurrenceStarts(zone()).isEmpty()) {
                recurrence.showProblem(getTranslation("error.series_empty"));
                return false;
            }
            return true;
        } catch (DomainException e) {
            recurrence.showProblem(DomainErrors.message(e));
            return false;
        }
    }

    /** Whether the search is for a repeat pattern rather than one day. */
    boolean repeats() {
        return repeat.getValue() && recurrence != null;
    }

    /** The pattern as chosen, to carry into the series dialog; null without repeat. */
    RecurrenceField.Choices recurrenceChoices() {
        return repeats() ? recurrence.choices() : null;
    }

    /** The pattern in words, e.g. "每周的周二、周四，至2026-03-31"; null without repeat. */
    String recurrenceText() {
        return repeats() ? recurrence.rule().map(r -> Recurrences.describe(r, zone(), this::getTranslation))
                .orElse(null) : null;
    }

    private List<java.time.ZonedDateTime> occurrenceStarts(ZoneId zone) {
        RecurrenceRule rule = recurrence.rule().orElseThrow();
        return Recurrences.expand(rule, date.getValue().atTime(start.getValue()), zone, MAX_OCCURRENCES);
    }

    /** The search for what the form says, its times in {@code zone}; call after {@link #validate}. */
    FreeRoomQuery query(ZoneId zone) {
        Set<String> codes = amenities.getValue().stream().map(AmenitySummary::code).collect(Collectors.toSet());
        return new FreeRoomQuery(slots(zone), people.getValue(), codes,
                centre.getValue() == null ? null : centre.getValue().id());
    }

    /** The slots a free room must be free for: the one day's start to end, or each occurrence of the pattern. */
    List<TimeSlot> slots(ZoneId zone) {
        if (repeats()) {
            var length = java.time.Duration.between(start.getValue(), end.getValue());
            return occurrenceStarts(zone).stream().map(s -> new TimeSlot(s.toInstant(),
                    s.toLocalDateTime().plus(length).atZone(zone).toInstant())).toList();
        }
        return List.of(new TimeSlot(date.getValue().atTime(start.getValue()).atZone(zone).toInstant(),
                date.getValue().atTime(end.getValue()).atZone(zone).toInstant()));
    }

    /** The zone the times mean: the chosen centre's, otherwise the default (one city is one deployment). */
    ZoneId zone() {
        return Optional.ofNullable(centre.getValue()).map(CentreSummary::timeZone).orElse(CentreDraft.DEFAULT_ZONE);
    }

    LocalDate date() {
        return date.getValue();
    }

    Integer people() {
        return people.getValue();
    }

    void setSlot(LocalDate day, LocalTime from, LocalTime to) {
        date.setValue(day);
        start.setValue(from);
        end.setValue(to);
    }

    /**
     * The next full hour; at night (before 09:00 or from 20:00) the next 09:00 instead, when centres are open, so
     * the first search shows rooms rather than closed doors.
     */
    static LocalDateTime defaultStart(Clock clock) {
        var next = LocalDateTime.now(clock.withZone(CentreDraft.DEFAULT_ZONE)).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        if (next.getHour() < EARLIEST.getHour()) {
            return next.toLocalDate().atTime(EARLIEST);
        }
        return next.getHour() >= LATEST.getHour() ? next.toLocalDate().plusDays(1).atTime(EARLIEST) : next;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }
}
