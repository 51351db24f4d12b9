package org.servicecentre.booking.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.CalendarEntry;
import org.servicecentre.booking.ui.calendar.CalendarBlock;
import org.servicecentre.booking.ui.calendar.CalendarColumn;
import org.servicecentre.booking.ui.calendar.CalendarShade;
import org.servicecentre.centre.DayHours;
import org.servicecentre.centre.OpenInterval;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.shared.TranslationProvider;

/**
 * What a calendar shows for some rooms over some days: one column per room, the bookings as blocks (other
 * organisations' as plain "busy"), and shades for the time a room is not open (outside hours or closed, with the
 * closure's reason).
 */
final class CalendarData {

    private final BookingQueries queries;
    private final OpeningHoursService hours;
    private final BiFunction<String, Object[], String> translate;

    CalendarData(BookingQueries queries, OpeningHoursService hours, BiFunction<String, Object[], String> translate) {
        this.queries = queries;
        this.hours = hours;
        this.translate = translate;
    }

    static List<CalendarColumn> columns(List<RoomSummary> rooms, BiFunction<String, Object[], String> translate) {
        return rooms.stream().map(r -> new CalendarColumn(Long.toString(r.id()), r.name(),
                translate.apply("bookingCalendar.capacity", new Object[] {r.capacity()}))).toList();
    }

    /** The bookings of a centre's rooms on the days from {@code first} to {@code last}. */
    List<CalendarBlock> centreBlocks(long centreId, ZoneId zone, LocalDate first, LocalDate last) {
        return blocks(queries.calendarOfCentre(centreId, start(first, zone), start(last.plusDays(1), zone)), zone);
    }

    List<CalendarBlock> roomBlocks(long roomId, ZoneId zone, LocalDate first, LocalDate last) {
        return blocks(queries.calendarOfRoom(roomId, start(first, zone), start(last.plusDays(1), zone)), zone);
    }

    /** Shades for the hours each room is not open on those days, and the closures with their reason. */
    List<CalendarShade> shades(List<RoomSummary> rooms, ZoneId zone, LocalDate first, LocalDate last) {
        var shades = new ArrayList<CalendarShade>();
        for (var room : rooms) {
            var column = Long.toString(room.id());
            for (var day : hours.roomDays(room.id(), first, last)) {
                if (day.kind() == DayHours.Kind.CLOSURE) {
                    shades.add(CalendarShade.closure(column, day.date().atStartOfDay(),
                            day.date().plusDays(1).atStartOfDay(), day.reason() == null ? "" : day.reason()));
                }
            }
            var open = hours.openIntervals(room.id(), first, last);
            var cursor = first.atStartOfDay();
            var end = last.plusDays(1).atStartOfDay();
            for (OpenInterval interval : open) {
                var from = local(interval.start(), zone);
                if (from.isAfter(cursor)) {
                    shades.add(CalendarShade.outsideHours(column, cursor, min(from, end)));
                }
                cursor = max(cursor, local(interval.end(), zone));
            }
            if (cursor.isBefore(end)) {
                shades.add(CalendarShade.outsideHours(column, cursor, end));
            }
        }
        return shades;
    }

    private List<CalendarBlock> blocks(List<CalendarEntry> entries, ZoneId zone) {
        return entries.stream().map(e -> new CalendarBlock(Long.toString(e.id()), Long.toString(e.roomId()),
                local(e.start(), zone), local(e.end(), zone),
                e.details() ? e.purpose() : translate.apply("bookingCalendar.busy", new Object[0]),
                e.details() ? detail(e) : "", e.details() ? e.status().name().toLowerCase(Locale.ROOT) : "busy",
                e.mine())).toList();
    }

    private String detail(CalendarEntry entry) {
        var status = translate.apply(TranslationProvider.keyOf(entry.status()), new Object[0]);
        return entry.organisationName() == null ? status : entry.organisationName() + " · " + status;
    }

    private static Instant start(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
