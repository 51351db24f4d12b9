package org.servicecentre.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.servicecentre.booking.BookingStarts;
import org.servicecentre.booking.StartConfirmation;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.DevicePrincipal;
import org.servicecentre.security.StaffCodes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Staff confirm at a centre's kiosk that a booking has started, by showing their personal staff code
 * ({@link StaffCodes}): with exactly one booking of theirs here on now or starting within half an hour, it is confirmed
 * at once; with several, they choose ({@link #confirm}); with none, the kiosk says so (and when their next one is).
 * A second scan is answered with the first confirmation, so resending is harmless. Kiosks only, for their own centre.
 */
@Service
public class StaffStarts {

    private final StaffCodes codes;
    private final BookingStarts starts;
    private final CurrentUser currentUser;
    private final Clock clock;

    StaffStarts(StaffCodes codes, BookingStarts starts, CurrentUser currentUser, Clock clock) {
        this.codes = codes;
        this.starts = starts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Answers a scanned staff code at the kiosk {@code kioskId} of {@code centreId}; {@code at} is when it was scanned
     * (null, or a time in the future, means now).
     */
    @PreAuthorize("hasRole('KIOSK')")
    public StaffStartResult scan(long centreId, Long kioskId, String code, Instant at) {
        checkKiosk(centreId, kioskId);
        var staff = codes.identify(code);
        if (staff.isEmpty()) {
            return StaffStartResult.notValid();
        }
        var when = effectiveTime(at);
        var candidates = starts.startable(staff.get(), centreId, when);
        var open = candidates.open();
        var name = staff.get().displayName();
        if (open.size() == 1) {
            return answer(name, starts.confirm(open.getFirst().id(), staff.get(), centreId, when));
        }
        if (open.size() > 1) {
            return new StaffStartResult(StaffStartOutcome.CHOOSE_BOOKING, name, null, open, null);
        }
        if (!candidates.now().isEmpty()) {
            return new StaffStartResult(StaffStartOutcome.ALREADY_STARTED, name, candidates.now().getFirst(),
                    List.of(), null);
        }
        return new StaffStartResult(StaffStartOutcome.NOTHING_TO_START, name, null, List.of(), candidates.later());
    }

    /**
     * The staff member whose code was scanned chose one of the bookings offered; confirmed now. A booking they may
     * not start here and now is refused with the booking module's reason (a domain exception).
     */
    @PreAuthorize("hasRole('KIOSK')")
    public StaffStartResult confirm(long centreId, Long kioskId, String code, long bookingId) {
        checkKiosk(centreId, kioskId);
        var staff = codes.identify(code);
        if (staff.isEmpty()) {
            return StaffStartResult.notValid();
        }
        return answer(staff.get().displayName(), starts.confirm(bookingId, staff.get(), centreId,
                effectiveTime(null)));
    }

    private static StaffStartResult answer(String name, StartConfirmation confirmation) {
        return new StaffStartResult(confirmation.first() ? StaffStartOutcome.STARTED : StaffStartOutcome.ALREADY_STARTED,
                name, confirmation.booking(), List.of(), null);
    }

    private Instant effectiveTime(Instant scannedAt) {
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return scannedAt == null || scannedAt.isAfter(now) ? now : scannedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A kiosk answers for its own centre, as itself. */
    private void checkKiosk(long centreId, Long kioskId) {
        DevicePrincipal device = currentUser.device().orElseThrow(() -> new AccessDeniedException("not a kiosk"));
        if (device.centreId() != centreId || (kioskId != null && kioskId != device.deviceId())) {
            throw new AccessDeniedException("kiosk " + device.code() + " answers for its own centre only");
        }
    }
}
