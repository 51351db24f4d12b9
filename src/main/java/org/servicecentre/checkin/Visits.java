package org.servicecentre.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicecentre.programme.SessionSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits: a resident's check-in to a session stays open until they scan again on leaving at a kiosk whose profile
 * turns {@code check-out} on, or until the centre closes ({@link VisitCloser}). A second scan within
 * {@link #MIN_STAY} is taken for a double scan on arrival, not a departure.
 */
@Component
class Visits {

    static final Duration MIN_STAY = Duration.ofMinutes(2);

    /** How far back a card on leaving looks for an open visit across midnight. */
    static final Duration LEAVING_LOOK_BACK = Duration.ofHours(6);

    private final CheckIns checkIns;
    private final KioskDevices devices;
    private final KioskProfiles profiles;

    Visits(CheckIns checkIns, KioskDevices devices, KioskProfiles profiles) {
        this.checkIns = checkIns;
        this.devices = devices;
        this.profiles = profiles;
    }

    /** Whether scanning again at this kiosk checks out: its profile says so; staff (no kiosk) never do. */
    boolean checksOut(Long kioskId) {
        if (kioskId == null) {
            return false;
        }
        return devices.findById(kioskId).flatMap(device -> profiles.byCode(device.code()))
                .map(profile -> profile.offers(KioskProfile.Mode.CHECK_OUT)).orElse(false);
    }

    /**
     * A resident already checked in to the session scans again: their visit closes now (or was closed before); empty
     * when the kiosk does not check out, the visit is too fresh, or there is no visit (attendance ticked by staff).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Optional<ScanResult> leave(Long kioskId, SessionSummary session, long residentId, String maskedName,
                                      Instant at) {
        if (!checksOut(kioskId)) {
            return Optional.empty();
        }
        var visit = checkIns.findFirstBySessionIdAndResidentIdAndOutcomeOrderByScannedAtAsc(session.id(), residentId,
                KioskOutcome.CHECKED_IN);
        if (visit.isEmpty()) {
            return Optional.empty();
        }
        var in = visit.get().scannedAt();
        if (visit.get().checkedOutAt() != null) {
            return Optional.of(ScanResult.leaving(KioskOutcome.ALREADY_CHECKED_OUT, maskedName, session, in,
                    visit.get().checkedOutAt()));
        }
        if (at.isBefore(in.plus(MIN_STAY))) {
            return Optional.empty();
        }
        if (checkIns.close(visit.get().id(), at, false) == 1) {
            return Optional.of(ScanResult.leaving(KioskOutcome.CHECKED_OUT, maskedName, session, in, at));
        }
        var closed = checkIns.findById(visit.get().id()).map(CheckIn::checkedOutAt).orElse(at);
        return Optional.of(ScanResult.leaving(KioskOutcome.ALREADY_CHECKED_OUT, maskedName, session, in, closed));
    }

    /**
     * The resident's visits at the centre still open and begun at least {@link #MIN_STAY} ago, since the start of the
     * day or within {@link #LEAVING_LOOK_BACK}, whichever reaches further: someone who came at 23:30 leaves at 00:10.
     * A visit left open on an earlier day (never checked out) is not closed by today's scan. Latest first.
     */
    @Transactional(readOnly = true)
    List<CheckIn> openToLeave(long residentId, long centreId, Instant startOfDay, Instant at) {
        var lookBack = at.minus(LEAVING_LOOK_BACK);
        var from = lookBack.isBefore(startOfDay) ? lookBack : startOfDay;
        return checkIns.openVisits(residentId, centreId, from, at.minus(MIN_STAY));
    }

    /** Closes the visit on leaving; false when another kiosk closed it first. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean close(long visitId, Instant at) {
        return checkIns.close(visitId, at, false) == 1;
    }

    /** The times of a closed visit, for replaying a check-out scan. */
    @Transactional(readOnly = true)
    Optional<CheckIn> of(long sessionId, long residentId) {
        return checkIns.findFirstBySessionIdAndResidentIdAndOutcomeOrderByScannedAtAsc(sessionId, residentId,
                KioskOutcome.CHECKED_IN);
    }
}
