package org.servicecentre.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.servicecentre.centre.CentreService;
import org.servicecentre.programme.AttendanceDesk;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TargetGroup;
import org.servicecentre.programme.TicketCheck;
import org.servicecentre.programme.TicketSubject;
import org.servicecentre.programme.TicketVerifier;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.DomainException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Checks residents in at a centre's entrance from a scanned ticket or personal card. Every scan is answered with one
 * {@link KioskOutcome} and kept; a scan resent by a kiosk (same kiosk, same client nonce — after a lost answer or an
 * offline queue) is answered the same and counted once. The scan's own time is kept, so a queued scan counts for
 * the session it was made at. The answer never holds more of a person than their masked name.
 */
@Service
public class CheckInService {

    /** How soon a session must start for a walk-in to check in to it. */
    public static final java.time.Duration WALK_IN_AHEAD = java.time.Duration.ofHours(1);

    private final TicketVerifier tickets;
    private final AttendanceDesk desk;
    private final CheckInWriter writer;
    private final CentreService centres;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Visits visits;
    private final NonceLocks nonceLocks;

    CheckInService(TicketVerifier tickets, AttendanceDesk desk, CheckInWriter writer, CentreService centres,
                   CurrentUser currentUser, Clock clock, Visits visits, NonceLocks nonceLocks) {
        this.visits = visits;
        this.nonceLocks = nonceLocks;
        this.tickets = tickets;
        this.desk = desk;
        this.writer = writer;
        this.centres = centres;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Answers a scan at the centre. {@code kioskId} and {@code nonce} make it idempotent; {@code scannedAt} in the
     * future (a kiosk clock running fast) counts as now.
     */
    @PreAuthorize("hasAnyRole('KIOSK', 'ADMIN', 'CENTRE_MANAGER')")
    public ScanResult scan(long centreId, Long kioskId, String token, String nonce, Instant scannedAt,
                           ScanMethod method) {
        checkCentre(centreId);
        return nonceLocks.around(kioskId, nonce, () -> scanOnce(centreId, kioskId, token, nonce, scannedAt, method));
    }

    private ScanResult scanOnce(long centreId, Long kioskId, String token, String nonce, Instant scannedAt,
                                ScanMethod method) {
        var earlier = writer.earlier(kioskId, nonce);
        if (earlier.isPresent()) {
            return replay(earlier.get());
        }
        var at = effectiveTime(scannedAt);
        var check = tickets.verify(token, centreId, at);
        var result = answer(centreId, kioskId, check, at, method);
        return record(new CheckIn(centreId, kioskId, nonce, method, at, clock.instant()), result, check);
    }

    /** A personal card's holder taps one of today's sessions here, in which they hold a place. */
    @PreAuthorize("hasAnyRole('KIOSK', 'ADMIN', 'CENTRE_MANAGER')")
    public ScanResult chooseSession(long centreId, Long kioskId, String cardToken, long sessionId, String nonce,
                                    ScanMethod method) {
        checkCentre(centreId);
        return nonceLocks.around(kioskId, nonce,
                () -> chooseOnce(centreId, kioskId, cardToken, sessionId, nonce, method));
    }

    private ScanResult chooseOnce(long centreId, Long kioskId, String cardToken, long sessionId, String nonce,
                                  ScanMethod method) {
        var earlier = writer.earlier(kioskId, nonce);
        if (earlier.isPresent()) {
            return replay(earlier.get());
        }
        var at = effectiveTime(null);
        var check = tickets.verify(cardToken, centreId, at);
        if (!check.valid() || check.subject() != TicketSubject.CARD) {
            return record(new CheckIn(centreId, kioskId, nonce, method, at, at), ScanResult.of(KioskOutcome.NOT_VALID),
                    check);
        }
        var held = today(check.residentId(), centreId, at).stream().filter(s -> s.id() == sessionId).findFirst()
                .orElseThrow(() -> new DomainException("CHECKIN_SESSION_NOT_HELD"));
        var result = attend(held, check.residentId(), null, method, at, kioskId);
        return record(new CheckIn(centreId, kioskId, nonce, method, at, at), result, check);
    }

    /**
     * A walk-in without any code ("I'm here for …"): for a session at this centre that is on now or starts within
     * {@link #WALK_IN_AHEAD}, or (no session) for the centre itself; an optional self-declared target group; nothing
     * personal. Counted, not named.
     */
    @PreAuthorize("hasAnyRole('KIOSK', 'ADMIN', 'CENTRE_MANAGER')")
    public ScanResult walkIn(long centreId, Long kioskId, Long sessionId, TargetGroup group, String nonce) {
        checkCentre(centreId);
        return nonceLocks.around(kioskId, nonce, () -> walkInOnce(centreId, kioskId, sessionId, group, nonce));
    }

    private ScanResult walkInOnce(long centreId, Long kioskId, Long sessionId, TargetGroup group, String nonce) {
        var earlier = writer.earlier(kioskId, nonce);
        if (earlier.isPresent()) {
            return replay(earlier.get());
        }
        var at = effectiveTime(null);
        SessionSummary session = null;
        if (sessionId != null) {
            session = desk.session(sessionId);
            if (!java.util.Objects.equals(session.centreId(), centreId) || !session.end().isAfter(at)
                    || session.start().isAfter(at.plus(WALK_IN_AHEAD))) {
                throw new DomainException("CHECKIN_WALK_IN_NOT_NOW");
            }
        }
        var scan = new CheckIn(centreId, kioskId, nonce, ScanMethod.TAP, at, at);
        scan.answer(KioskOutcome.CHECKED_IN, "WALK_IN", null, null, null, sessionId);
        scan.declare(group);
        var saved = writer.save(scan);
        return ScanResult.visit(KioskOutcome.CHECKED_IN, null, session, at).kept(saved.id());
    }

    private ScanResult answer(long centreId, Long kioskId, TicketCheck check, Instant at, ScanMethod method) {
        return switch (check.outcome()) {
            case MALFORMED, FORGED, UNKNOWN_KEY, REVOKED -> ScanResult.of(KioskOutcome.NOT_VALID);
            case EXPIRED -> ScanResult.of(KioskOutcome.EXPIRED);
            case WRONG_DAY -> ScanResult.notToday(check.nextSession() == null ? null : check.nextSession().start());
            case WRONG_CENTRE -> ScanResult.otherCentre(
                    check.elsewhere().isEmpty() ? null : check.elsewhere().getFirst().centreName());
            case VALID -> check.subject() == TicketSubject.CARD ? card(centreId, kioskId, check, at)
                    : attend(desk.session(check.session().sessionId()), check.residentId(), check.subjectId(), method,
                            at, kioskId);
        };
    }

    /** A card: on leaving (check-out kiosks) it closes the holder's open visits here; else today's sessions. */
    private ScanResult card(long centreId, Long kioskId, TicketCheck check, Instant at) {
        var name = desk.maskedName(check.residentId());
        var startOfDay = startOfDay(centreId, at);
        if (visits.checksOut(kioskId)) {
            var open = visits.openToLeave(check.residentId(), centreId, startOfDay, at);
            var closed = open.stream().filter(visit -> visits.close(visit.id(), at)).toList();
            if (!closed.isEmpty()) {
                var last = closed.getFirst();
                return ScanResult.leaving(KioskOutcome.CHECKED_OUT, name,
                        last.sessionId() == null ? null : desk.session(last.sessionId()), last.scannedAt(), at);
            }
        }
        var choices = desk.sessionsOf(check.residentId(), centreId, startOfDay, startOfDay.plus(java.time.Duration
                .ofDays(1)));
        var outcome = choices.isEmpty() ? KioskOutcome.NO_SESSION_TODAY : KioskOutcome.CHOOSE_SESSION;
        return ScanResult.card(outcome, name, choices);
    }

    private ScanResult attend(SessionSummary session, long residentId, Long registrationId, ScanMethod method,
                              Instant at, Long kioskId) {
        var name = desk.maskedName(residentId);
        Optional<Instant> recorded;
        try {
            // no read before: attend says whether this call recorded the visit (one transaction fewer per scan)
            recorded = desk.attend(session.id(), residentId, registrationId, method.name(), at);
        } catch (DataIntegrityViolationException checkedInElsewhereMeanwhile) {
            recorded = Optional.empty();
        }
        if (recorded.isPresent()) {
            return ScanResult.visit(KioskOutcome.CHECKED_IN, name, session, recorded.get());
        }
        // seen before (or at another kiosk a moment before): leaving, or since when
        var first = desk.attendedAt(session.id(), residentId).orElse(at);
        return visits.leave(kioskId, session, residentId, name, at)
                .orElseGet(() -> ScanResult.visit(KioskOutcome.ALREADY_CHECKED_IN, name, session, first));
    }

    private List<SessionSummary> today(long residentId, long centreId, Instant at) {
        var startOfDay = startOfDay(centreId, at);
        return desk.sessionsOf(residentId, centreId, startOfDay, startOfDay.plus(java.time.Duration.ofDays(1)));
    }

    private Instant startOfDay(long centreId, Instant at) {
        var zone = centres.places(List.of(centreId)).get(centreId).zone();
        LocalDate day = at.atZone(zone).toLocalDate();
        return day.atStartOfDay(zone).toInstant();
    }

    private ScanResult record(CheckIn scan, ScanResult result, TicketCheck check) {
        var session = result.session() == null ? null : result.session().id();
        var registration = check.subject() == TicketSubject.REGISTRATION ? check.subjectId() : null;
        var card = check.subject() == TicketSubject.CARD ? check.subjectId() : null;
        scan.answer(result.outcome(), check.subject() == null ? null : check.subject().name(), registration, card,
                check.residentId(), session);
        try {
            return result.kept(writer.save(scan).id());
        } catch (DataIntegrityViolationException resentMeanwhile) {
            return writer.earlier(scan.kioskId(), scan.clientNonce()).map(this::replay)
                    .orElseThrow(() -> resentMeanwhile);
        }
    }

    /** A scan already answered: the same outcome, rebuilt from what was kept. */
    private ScanResult replay(CheckIn earlier) {
        var session = earlier.sessionId() == null ? null : desk.session(earlier.sessionId());
        var name = earlier.residentId() == null ? null : desk.maskedName(earlier.residentId());
        if (earlier.outcome().goodbye() && session != null && earlier.residentId() != null) {
            var visit = visits.of(session.id(), earlier.residentId());
            return ScanResult.leaving(earlier.outcome(), name, session, visit.map(CheckIn::scannedAt).orElse(null),
                    visit.map(CheckIn::checkedOutAt).orElse(null)).kept(earlier.id()).asRepeat();
        }
        Instant when = null;
        if (session != null) {
            when = earlier.residentId() == null ? earlier.scannedAt() // a walk-in: counted when tapped
                    : desk.attendedAt(session.id(), earlier.residentId()).orElse(null);
        }
        return ScanResult.visit(earlier.outcome(), name, session, when).kept(earlier.id()).asRepeat();
    }

    private Instant effectiveTime(Instant scannedAt) {
        // to the millisecond, as every database here keeps it, so an answer and its replay agree
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return scannedAt == null || scannedAt.isAfter(now) ? now
                : scannedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Kiosks answer only for their own centre, managers for theirs; admins anywhere. */
    private void checkCentre(long centreId) {
        var scope = currentUser.scope();
        if (!scope.isAdmin() && !scope.centreIds().contains(centreId)) {
            throw new AccessDeniedException("centre " + centreId + " is not the caller's");
        }
    }
}
