package org.servicecentre.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.ui.calendar.RoomDayCalendar;
import org.servicecentre.booking.ui.calendar.RoomWeekCalendar;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.centre.RoomFilter;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;

/**
 * The bookings of a centre as a calendar: a day or a week with the rooms side by side, or a month of one room. Drag
 * over free time to book it; click a booking to see or change it. Other organisations' bookings show as busy. The
 * centre, view, date and room are kept in the address.
 */
@Route("bookings/calendar")
@Menu(order = 2, icon = "vaadin:calendar", title = "nav.bookingCalendar")
@RolesAllowed({"ADMIN", "REGION_OFFICER", "CENTRE_MANAGER", "NGO_STAFF"})
class CalendarView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    enum Mode { DAY, WEEK, MONTH }

    private final CentreService centres;
    private final RoomService rooms;
    private final CalendarPane pane;
    private final Clock clock;
    private final ComboBox<CentreSummary> centre = new ComboBox<>();
    private final ComboBox<RoomSummary> room = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final Map<Mode, Tab> modeTabs = new LinkedHashMap<>();
    private final Tabs modes = new Tabs();
    private final Span rangeLabel = new Span();
    private final Div body = new Div();
    private Mode mode = Mode.DAY;
    private List<RoomSummary> centreRooms = List.of();
    private boolean updating;

    CalendarView(CentreService centres, RoomService rooms, BookingQueries queries, OpeningHoursService hours,
                 CurrentUser currentUser, Clock clock, BookingDialogs dialogs) {
        this.centres = centres;
        this.rooms = rooms;
        this.clock = clock;
        var scope = currentUser.scope();
        this.pane = new CalendarPane(new CalendarData(queries, hours, this::getTranslation),
                dialogs.create(this::show),
                scope.isAdmin() || scope.is(Role.CENTRE_MANAGER) || scope.is(Role.NGO_STAFF), clock);
        addClassName("booking-calendar-view");
        setSizeFull();
        add(new H2(getTranslation("bookingCalendar.title")), toolbar(), new CalendarLegend(), body);
        body.addClassName("booking-calendar-body");
        body.setWidthFull();
        setFlexGrow(1, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        updating = true;
        try {
            var visible = centres.list("", null, 0, 500);
            centre.setItems(visible);
            var wanted = params.getSingleParameter("centre").flatMap(id -> visible.stream()
                    .filter(c -> Long.toString(c.id()).equals(id)).findFirst());
            centre.setValue(wanted.orElse(visible.isEmpty() ? null : visible.getFirst()));
            mode = params.getSingleParameter("view").map(v -> parseMode(v)).orElse(Mode.DAY);
            modes.setSelectedTab(modeTabs.get(mode));
            date.setValue(params.getSingleParameter("date").map(CalendarView::parseDate).orElse(today()));
            loadRooms();
            var wantedRoom = params.getSingleParameter("room").flatMap(id -> centreRooms.stream()
                    .filter(r -> Long.toString(r.id()).equals(id)).findFirst());
            wantedRoom.ifPresent(room::setValue);
        } finally {
            updating = false;
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bookingCalendar.title");
    }

    private Component toolbar() {
        centre.setItemLabelGenerator(CentreSummary::name);
        centre.setPlaceholder(getTranslation("bookingCalendar.centre"));
        centre.setAriaLabel(getTranslation("bookingCalendar.centre"));
        centre.setId("calendar-centre");
        centre.setWidth("17em");
        centre.addValueChangeListener(e -> {
            if (!updating) {
                updating = true;
                loadRooms();
                updating = false;
                navigate();
            }
        });
        room.setItemLabelGenerator(RoomSummary::name);
        room.setAriaLabel(getTranslation("bookingCalendar.room"));
        room.setId("calendar-room");
        room.setWidth("12em");
        room.addValueChangeListener(e -> changed());
        for (var m : Mode.values()) {
            var tab = new Tab(getTranslation("bookingCalendar.mode." + m.name().toLowerCase()));
            tab.setId("calendar-mode-" + m.name().toLowerCase());
            modeTabs.put(m, tab);
            modes.add(tab);
        }
        modes.addSelectedChangeListener(e -> {
            mode = modeTabs.entrySet().stream().filter(t -> t.getValue() == e.getSelectedTab())
                    .map(Map.Entry::getKey).findFirst().orElse(Mode.DAY);
            changed();
        });
        date.setId("calendar-date");
        date.setAriaLabel(getTranslation("bookingCalendar.date"));
        date.setWidth("10em");
        date.addValueChangeListener(e -> changed());
        var previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> step(-1));
        previous.setAriaLabel(getTranslation("bookingCalendar.previous"));
        previous.setId("calendar-previous");
        var next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> step(1));
        next.setAriaLabel(getTranslation("bookingCalendar.next"));
        next.setId("calendar-next");
        var todayButton = new Button(getTranslation("bookingCalendar.today"), e -> date.setValue(today()));
        todayButton.setId("calendar-today");
        for (var b : List.of(previous, next, todayButton)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        rangeLabel.addClassName("booking-calendar-range");
        var bar = new HorizontalLayout(centre, modes, room, previous, todayButton, next, date, rangeLabel);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        bar.setWidthFull();
        bar.addClassName("booking-calendar-toolbar");
        return bar;
    }

    private void step(int direction) {
        var current = date.getValue() == null ? today() : date.getValue();
        date.setValue(switch (mode) {
            case DAY -> current.plusDays(direction);
            case WEEK -> current.plusWeeks(direction);
            case MONTH -> current.plusMonths(direction);
        });
    }

    private void changed() {
        if (!updating) {
            navigate();
        }
    }

    /** Keeps the choice in the address; {@link #beforeEnter} then draws it. */
    private void navigate() {
        var params = new LinkedHashMap<String, String>();
        if (centre.getValue() != null) {
            params.put("centre", Long.toString(centre.getValue().id()));
        }
        params.put("view", mode.name().toLowerCase());
        params.put("date", (date.getValue() == null ? today() : date.getValue()).toString());
        if (mode == Mode.MONTH && room.getValue() != null) {
            params.put("room", Long.toString(room.getValue().id()));
        }
        getUI().ifPresent(ui -> ui.navigate("bookings/calendar", QueryParameters.simple(params)));
    }

    private void loadRooms() {
        var selected = centre.getValue();
        centreRooms = selected == null ? List.of()
                : rooms.list(RoomFilter.ofCentre(selected.id(), false), 0, 200).stream()
                        .filter(RoomSummary::bookable).toList();
        room.setItems(centreRooms);
        room.setValue(centreRooms.isEmpty() ? null : centreRooms.getFirst());
    }

    private void show() {
        body.removeAll();
        room.setVisible(mode == Mode.MONTH);
        var selected = centre.getValue();
        if (selected == null || centreRooms.isEmpty()) {
            body.add(empty(selected == null ? "bookingCalendar.empty.centres" : "bookingCalendar.empty.rooms"));
            rangeLabel.setText("");
            return;
        }
        var day = date.getValue() == null ? today() : date.getValue();
        var zone = selected.timeZone();
        switch (mode) {
            case DAY -> body.add(pane.grid(new RoomDayCalendar(day), selected, centreRooms, day, day));
            case WEEK -> {
                var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                body.add(pane.grid(new RoomWeekCalendar(day), selected, centreRooms, monday, monday.plusDays(6)));
            }
            case MONTH -> {
                if (room.getValue() != null) {
                    body.add(pane.month(selected, room.getValue(), YearMonth.from(day), picked -> {
                        date.setValue(picked);
                        modes.setSelectedTab(modeTabs.get(Mode.DAY));
                    }));
                }
            }
        }
        rangeLabel.setText(rangeText(day));
        rangeLabel.setTitle(zone.getId());
    }

    private String rangeText(LocalDate day) {
        return switch (mode) {
            case DAY -> getTranslation("bookingCalendar.range.day", day.toString(),
                    getTranslation("calendar.weekday." + day.getDayOfWeek().getValue()));
            case WEEK -> {
                var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield getTranslation("bookingCalendar.range.week", monday.toString(), monday.plusDays(6).toString());
            }
            case MONTH -> getTranslation("bookingCalendar.range.month", day.getYear(), day.getMonthValue());
        };
    }

    private Component empty(String key) {
        var text = new Span(getTranslation(key));
        text.addClassName("empty-state");
        return text;
    }

    private LocalDate today() {
        var selected = centre.getValue();
        return LocalDate.now(clock.withZone(selected == null ? java.time.ZoneId.of("Asia/Shanghai")
                : selected.timeZone()));
    }

    private static Mode parseMode(String text) {
        try {
            return Mode.valueOf(text.toUpperCase());
        } catch (IllegalArgumentException e) {
            return Mode.DAY;
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
