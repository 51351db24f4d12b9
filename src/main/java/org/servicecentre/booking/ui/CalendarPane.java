package org.servicecentre.booking.ui;

import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.servicecentre.booking.ui.calendar.CalendarBlock;
import org.servicecentre.booking.ui.calendar.RoomMonthCalendar;
import org.servicecentre.booking.ui.calendar.TimeGridCalendar;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.shared.ui.Notifications;

/**
 * Fills the calendars of {@link CalendarView} and reacts to them: a selected free slot opens the booking dialog, a
 * click on a booking opens it, unless it is another organisation's, which is only busy time.
 */
class CalendarPane extends Div {

    private final CalendarData data;
    private final BookingDialog dialog;
    private final boolean mayBook;
    private final Clock clock;
    private final Set<String> busyIds = new HashSet<>();
    private List<RoomSummary> centreRooms = List.of();

    CalendarPane(CalendarData data, BookingDialog dialog, boolean mayBook, Clock clock) {
        this.data = data;
        this.dialog = dialog;
        this.mayBook = mayBook;
        this.clock = clock;
    }

    /** A day or week of the centre's rooms. */
    TimeGridCalendar grid(TimeGridCalendar calendar, CentreSummary selected, List<RoomSummary> rooms, LocalDate first,
                          LocalDate last) {
        centreRooms = rooms;
        var zone = selected.timeZone();
        calendar.setId("booking-calendar");
        calendar.setHours(7, 22);
        calendar.setColumns(CalendarData.columns(centreRooms, (k, a) -> getTranslation(k, a)));
        calendar.setShades(data.shades(centreRooms, zone, first, last));
        calendar.setBlocks(remember(data.centreBlocks(selected.id(), zone, first, last)));
        calendar.setNow(LocalDateTime.now(clock.withZone(zone)));
        calendar.addSlotSelectedListener(e -> roomById(e.getColumnId()).ifPresentOrElse(r -> book(calendar, r,
                e.getStart().atZone(zone).toInstant(), e.getEnd().atZone(zone).toInstant()), calendar::clearSelection));
        calendar.addBlockClickedListener(e -> openBooking(e.getBlockId()));
        calendar.setWidthFull();
        return calendar;
    }

    /** A month of one room; a click on a day goes to {@code openDay}. */
    RoomMonthCalendar month(CentreSummary selected, RoomSummary chosen, YearMonth month, Consumer<LocalDate> openDay) {
        centreRooms = List.of(chosen);
        var zone = selected.timeZone();
        var calendar = new RoomMonthCalendar(month);
        calendar.setId("booking-calendar");
        var first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        calendar.setShades(data.shades(List.of(chosen), zone, first, last));
        calendar.setBlocks(remember(data.roomBlocks(chosen.id(), zone, first, last)));
        calendar.setToday(LocalDate.now(clock.withZone(zone)));
        calendar.addDayClickedListener(e -> openDay.accept(e.getDate()));
        calendar.addBlockClickedListener(e -> openBooking(e.getBlockId()));
        calendar.setWidthFull();
        return calendar;
    }

    private void book(TimeGridCalendar calendar, RoomSummary chosen, java.time.Instant start, java.time.Instant end) {
        if (!mayBook) {
            calendar.clearSelection();
            Notifications.error(getTranslation("bookingCalendar.readOnly"));
            return;
        }
        var closing = new java.util.concurrent.atomic.AtomicReference<com.vaadin.flow.shared.Registration>();
        closing.set(dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                calendar.clearSelection();
                closing.get().remove();
            }
        }));
        dialog.openNew(chosen, start, end);
    }

    /** Other organisations' bookings are only busy time: there is nothing more to show. */
    private void openBooking(String blockId) {
        if (busyIds.contains(blockId)) {
            Notifications.error(getTranslation("bookingCalendar.busyNotice"));
            return;
        }
        dialog.open(Long.parseLong(blockId));
    }

    private java.util.Optional<RoomSummary> roomById(String id) {
        return centreRooms.stream().filter(r -> Long.toString(r.id()).equals(id)).findFirst();
    }

    private List<CalendarBlock> remember(List<CalendarBlock> blocks) {
        busyIds.clear();
        blocks.stream().filter(b -> "busy".equals(b.styleName())).forEach(b -> busyIds.add(b.id()));
        return blocks;
    }
}
