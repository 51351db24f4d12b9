package org.servicecentre.booking;

import java.time.Duration;
import java.time.Instant;
import org.servicecentre.security.StaffMember;

/**
 * Who may confirm that a booking has started, and when: NGO staff of the booking's organisation, a manager of its
 * centre or an admin; a confirmed booking; from {@link #EARLIEST} before its start until its end. The one place the
 * kiosk, the app and the booking dialog's button ask.
 */
final class BookingStartRules {

    /** How long before its start a booking's start may be confirmed (people arrive early to set up). */
    static final Duration EARLIEST = Duration.ofMinutes(30);

    private BookingStartRules() {
    }

    static boolean entitled(StaffMember staff, Booking booking) {
        return staff.isAdmin() || staff.managesCentre(booking.centreId()) || staff.belongsTo(booking.organisationId());
    }

    /** Whether {@code at} lies in [start − {@link #EARLIEST}, end). */
    static boolean inWindow(Booking booking, Instant at) {
        return !at.isBefore(opensAt(booking)) && at.isBefore(booking.end());
    }

    static Instant opensAt(Booking booking) {
        return booking.start().minus(EARLIEST);
    }

    /** Whether the staff member may confirm the start now: the button in the booking dialog. */
    static boolean mayConfirm(StaffMember staff, Booking booking, Instant at) {
        return booking.status() == BookingStatus.CONFIRMED && booking.started() == null && entitled(staff, booking)
                && inWindow(booking, at);
    }
}
