package org.servicecentre.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides whether a scanned ticket lets someone in. The checks run in a fixed order and the first
 * that fails gives the outcome: malformed, unknown key, forged, expired, revoked, wrong day, wrong centre. The
 * signature is checked before anything about the ticket's subject is looked up, so a made-up code costs one key
 * read and tells its maker nothing.
 */
@Service
public class TicketVerifier {

    private final TicketKeyRing keys;
    private final Supplier<TicketSubjects> subjects;
    private final Clock clock;

    @Autowired
    TicketVerifier(TicketKeyRing keys, ObjectProvider<TicketSubjects> subjects, Clock clock) {
        this(keys, (Supplier<TicketSubjects>) subjects::getObject, clock);
    }

    TicketVerifier(TicketKeyRing keys, Supplier<TicketSubjects> subjects, Clock clock) {
        this.keys = keys;
        this.subjects = subjects;
        this.clock = clock;
    }

    /**
     * Checks a scanned ticket. Never throws for anything the text holds.
     * <p>
     * Staff may call it (admins, centre managers, NGO staff), and paired kiosks (KIOSK), which pass their own centre.
     *
     * @param token    the text of the QR code, as scanned
     * @param centreId where it is shown; null to skip the centre check
     * @param at       when it is shown; null for now
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF', 'KIOSK')")
    @Transactional(readOnly = true) // the key and the subject in one read, not a transaction each
    public TicketCheck verify(String token, Long centreId, Instant at) {
        Instant when = at == null ? clock.instant() : at;
        var parsed = TicketCodec.parse(token);
        if (parsed.isEmpty()) {
            return TicketCheck.rejected(TicketOutcome.MALFORMED);
        }
        var ticket = parsed.get();
        var claim = ticket.token();
        var key = keys.verificationKey(claim.keyId());
        if (key.isEmpty()) {
            return TicketCheck.rejected(TicketOutcome.UNKNOWN_KEY);
        }
        if (!TicketSignatures.verify(key.get(), ticket.payload(), ticket.signature())) {
            return TicketCheck.rejected(TicketOutcome.FORGED);
        }
        var believed = new Believed(claim);
        if (!when.isBefore(claim.expires())) {
            return believed.check(TicketOutcome.EXPIRED, null);
        }
        var found = claim.subject() == TicketSubject.CARD
                ? subjects.get().card(claim.subjectId()) : subjects.get().registration(claim.subjectId());
        if (found.isEmpty() || found.get().revoked() || !stillDescribes(claim, found.get())) {
            return believed.check(TicketOutcome.REVOKED, found.map(TicketSubjects.Subject::residentId).orElse(null));
        }
        var subject = found.get();
        if (claim.subject() == TicketSubject.CARD) {
            return believed.check(TicketOutcome.VALID, subject.residentId());
        }
        return sessionCheck(believed, subject, centreId, when);
    }

    private static TicketCheck sessionCheck(Believed believed, TicketSubjects.Subject subject, Long centreId,
                                            Instant when) {
        var sessions = subject.sessions().stream().map(TicketSession::of)
                .sorted(Comparator.comparing(TicketSession::start)).toList();
        var today = sessions.stream().filter(s -> onTheDayOf(s, when)).toList();
        if (today.isEmpty()) {
            var next = sessions.stream().filter(s -> s.start().isAfter(when)).findFirst()
                    .orElse(sessions.isEmpty() ? null : sessions.getLast());
            return believed.with(TicketOutcome.WRONG_DAY, subject.residentId(), null, List.of(), next);
        }
        var here = centreId == null ? today
                : today.stream().filter(s -> Objects.equals(s.centreId(), centreId)).toList();
        if (here.isEmpty()) {
            return believed.with(TicketOutcome.WRONG_CENTRE, subject.residentId(), null, today, null);
        }
        return believed.with(TicketOutcome.VALID, subject.residentId(), currentOrNext(here, when), List.of(), null);
    }

    /** Whether the session overlaps the calendar day of {@code when} in the session's own time zone. */
    private static boolean onTheDayOf(TicketSession session, Instant when) {
        var day = when.atZone(session.zone()).toLocalDate();
        Instant dayStart = day.atStartOfDay(session.zone()).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(session.zone()).toInstant();
        return session.start().isBefore(dayEnd) && session.end().isAfter(dayStart);
    }

    /** Of several sessions on one day, the one going on or coming next; the last when all are over. */
    private static TicketSession currentOrNext(List<TicketSession> sessions, Instant when) {
        return sessions.stream().filter(s -> s.end().isAfter(when)).findFirst().orElse(sessions.getLast());
    }

    /** A re-registration for another programme or session must not let an old ticket in. */
    private static boolean stillDescribes(TicketToken claim, TicketSubjects.Subject subject) {
        return claim.subject() == TicketSubject.CARD
                || claim.programmeId() == TicketService.orZero(subject.programmeId())
                && claim.sessionId() == TicketService.orZero(subject.sessionId());
    }

    /** What a ticket with a good signature says about itself. */
    private record Believed(TicketToken claim) {

        TicketCheck check(TicketOutcome outcome, Long residentId) {
            return with(outcome, residentId, null, List.of(), null);
        }

        TicketCheck with(TicketOutcome outcome, Long residentId, TicketSession session, List<TicketSession> elsewhere,
                         TicketSession next) {
            Long programmeId = claim.programmeId() == 0 ? null : claim.programmeId();
            return new TicketCheck(outcome, claim.subject(), claim.subjectId(), residentId, programmeId, session,
                    elsewhere, next, claim.expires());
        }
    }
}
