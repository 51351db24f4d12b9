package org.servicecentre.occupancy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingUse;
import org.servicecentre.booking.BookingUsage;
import org.servicecentre.checkin.SessionPresence;
import org.servicecentre.programme.SessionLoad;
import org.servicecentre.programme.SessionLoads;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Flags a series whose latest occurrences were released or empty, so many in a row ({@code empty-streak}), with a
 * proposal to cancel the rest - once per series. An occurrence is empty when it was released as a no-show, or when it
 * held a programme's session that ended with nobody checked in or marked present. Occurrences cancelled or declined
 * do not count either way; one that was used ends the streak.
 */
@Component
class SeriesStreaks {

    private final BookingUsage bookings;
    private final SessionLoads sessions;
    private final SessionPresence presence;
    private final ProposalWriter writer;
    private final OccupancySettings settings;

    SeriesStreaks(BookingUsage bookings, SessionLoads sessions, SessionPresence presence, ProposalWriter writer,
                  OccupancySettings settings) {
        this.bookings = bookings;
        this.sessions = sessions;
        this.presence = presence;
        this.writer = writer;
        this.settings = settings;
    }

    /** True when the series was flagged by this call. */
    boolean check(long seriesId, Instant now) {
        return check(seriesId, now, organisation -> true);
    }

    boolean check(long seriesId, Instant now, java.util.function.LongPredicate of) {
        var all = bookings.ofSeries(seriesId);
        if (all.isEmpty() || !of.test(all.getFirst().organisationId())) {
            return false;
        }
        var past = all.stream().filter(b -> b.status() == BookingStatus.RELEASED
                || (!b.end().isAfter(now) && (b.status() == BookingStatus.CONFIRMED
                || b.status() == BookingStatus.COMPLETED))).toList();
        var rest = all.stream().filter(b -> b.status().holdsRoom() && b.start().isAfter(now)).toList();
        if (past.size() < settings.emptyStreak() || rest.isEmpty()) {
            return false;
        }
        int streak = streak(past);
        if (streak < settings.emptyStreak()) {
            return false;
        }
        var next = rest.getFirst();
        var last = rest.getLast();
        var proposal = new UsageProposal(ProposalKind.CANCEL_REST_OF_SERIES, "series:" + seriesId, next.centreId(),
                next.organisationId(), title(next), next.start(), next.end(), last.start(), now)
                .about(next.id(), seriesId, null, next.programmeId()).found(streak, null, null, null);
        try {
            return writer.propose(proposal, next.roomId()).isPresent();
        } catch (DataIntegrityViolationException proposedMeanwhile) {
            return false;
        }
    }

    /** How many of the latest past occurrences in a row were empty. */
    private int streak(List<BookingUse> past) {
        Map<Long, SessionLoad> byBooking = sessions.ofBookings(past.stream().map(BookingUse::id).toList()).stream()
                .collect(Collectors.toMap(l -> l.session().bookingId(), Function.identity(), (a, b) -> a));
        var checkedIn = presence.withCheckIns(byBooking.values().stream().map(l -> l.session().id()).toList());
        int streak = 0;
        for (int i = past.size() - 1; i >= 0; i--) {
            var booking = past.get(i);
            var load = byBooking.get(booking.id());
            boolean empty = booking.status() == BookingStatus.RELEASED || (load != null
                    && load.session().attended() == 0 && !checkedIn.contains(load.session().id())
                    && booking.startedAt() == null);
            if (!empty) {
                break;
            }
            streak++;
        }
        return streak;
    }

    static String title(BookingUse booking) {
        return booking.purpose();
    }
}
