package org.servicecentre.booking.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.servicecentre.booking.BookingSummary;

/** How the approval screens word a booking: its time in the centre's zone with the weekday, and a short title. */
final class ApprovalTexts {

    private ApprovalTexts() {
    }

    /** "11月25日 周二 14:00–16:00" / "Tue 25 Nov 14:00–16:00", in the centre's zone. */
    static String when(Component context, BookingSummary booking) {
        var start = booking.start().atZone(booking.zone());
        var end = booking.end().atZone(booking.zone());
        var time = DateTimeFormatter.ofPattern("HH:mm");
        return context.getTranslation("approvals.when", date(context, booking.start(), booking),
                time.format(start), start.toLocalDate().equals(end.toLocalDate()) ? time.format(end)
                        : date(context, booking.end(), booking) + " " + time.format(end));
    }

    /** The date with its weekday, "11月25日 周二", in the centre's zone. */
    static String day(Component context, BookingSummary booking) {
        return date(context, booking.start(), booking);
    }

    /** The time range, "14:00–16:00", with the end's date when it ends on another day. */
    static String hours(Component context, BookingSummary booking) {
        var start = booking.start().atZone(booking.zone());
        var end = booking.end().atZone(booking.zone());
        var time = DateTimeFormatter.ofPattern("HH:mm");
        return time.format(start) + "–" + (start.toLocalDate().equals(end.toLocalDate()) ? ""
                : date(context, booking.end(), booking) + " ") + time.format(end);
    }

    /** When the request was made, in the centre's zone. */
    static String requestedAt(Component context, BookingSummary booking) {
        return date(context, booking.createdAt(), booking) + " "
                + DateTimeFormatter.ofPattern("HH:mm").format(booking.createdAt().atZone(booking.zone()));
    }

    /** What a notification calls the booking: purpose, room and time. */
    static String title(Component context, BookingSummary booking) {
        return context.getTranslation("approvals.booking.title", booking.purpose(), booking.roomName(),
                when(context, booking));
    }

    private static String date(Component context, Instant instant, BookingSummary booking) {
        var pattern = DateTimeFormatter.ofPattern(context.getTranslation("approvals.date.pattern"),
                com.vaadin.flow.component.UI.getCurrent().getLocale());
        return pattern.format(instant.atZone(booking.zone()));
    }
}
