package org.servicecentre.occupancy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.servicecentre.booking.BookingUse;
import org.servicecentre.booking.BookingUsage;
import org.servicecentre.checkin.SessionPresence;
import org.servicecentre.programme.SessionLoad;
import org.servicecentre.programme.SessionLoads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases rooms nobody came to: a confirmed booking whose start plus the grace period has passed, that has not
 * ended, whose start no staff member confirmed and for whose sessions nobody checked in at the kiosk or was marked
 * present. Each release is its own transaction, re-checked there; the organisation and the managers are told
 * ({@link ReleaseNotices}), and the series of a released booking is looked at for a streak ({@link SeriesStreaks}).
 */
@Service
public class NoShowRelease {

    private static final Logger log = LoggerFactory.getLogger(NoShowRelease.class);

    private final BookingUsage bookings;
    private final SessionLoads sessions;
    private final SessionPresence presence;
    private final SeriesStreaks streaks;
    private final OccupancySettings settings;
    private final TransactionTemplate transaction;

    NoShowRelease(BookingUsage bookings, SessionLoads sessions, SessionPresence presence, SeriesStreaks streaks,
                  OccupancySettings settings, PlatformTransactionManager transactions) {
        this.bookings = bookings;
        this.sessions = sessions;
        this.presence = presence;
        this.streaks = streaks;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What a run did: bookings released, and those kept because someone checked in or was marked present. */
    public record Outcome(int released, int kept, int seriesFlagged) {

        @Override
        public String toString() {
            return "released " + released + ", kept " + kept + " with check-ins, flagged " + seriesFlagged
                    + " series";
        }
    }

    /** Releases every booking due at {@code now}, batch after batch. */
    public Outcome releaseDue(Instant now) {
        return releaseDue(now, organisation -> true);
    }

    /** Releases the due bookings of the organisations {@code of} accepts (tests keep to their own). */
    Outcome releaseDue(Instant now, LongPredicate of) {
        var startedBy = now.minus(settings.noShowGrace());
        // kept (someone came) or not ours: left out of the next batch
        Set<Long> passed = new HashSet<>();
        Set<Long> series = new HashSet<>();
        int released = 0;
        int kept = 0;
        while (true) {
            var batch = bookings.unstarted(startedBy, now, settings.batchSize() + passed.size()).stream()
                    .filter(b -> !passed.contains(b.id())).toList();
            if (batch.isEmpty()) {
                break;
            }
            batch.stream().filter(b -> !of.test(b.organisationId())).forEach(b -> passed.add(b.id()));
            var ours = batch.stream().filter(b -> of.test(b.organisationId())).toList();
            var used = usedBookings(ours);
            for (var booking : ours) {
                if (used.contains(booking.id()) || !release(booking, now)) {
                    passed.add(booking.id());
                    kept++;
                } else {
                    released++;
                    if (booking.seriesId() != null) {
                        series.add(booking.seriesId());
                    }
                }
            }
        }
        int flagged = 0;
        for (var seriesId : series) {
            flagged += streaks.check(seriesId, now) ? 1 : 0;
        }
        if (released > 0) {
            log.info("Released {} booking(s) nobody came to; kept {}", released, kept);
        }
        return new Outcome(released, kept, flagged);
    }

    private boolean release(BookingUse booking, Instant now) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            // a check-in recorded since the batch was read keeps the booking
            if (!usedBookings(List.of(booking)).isEmpty()) {
                return false;
            }
            return bookings.releaseNoShow(booking.id(), now);
        }));
    }

    /** The bookings among these with a session someone checked in to or was marked present at. */
    private Set<Long> usedBookings(List<BookingUse> batch) {
        var loads = sessions.ofBookings(batch.stream().map(BookingUse::id).toList());
        var checkedIn = presence.withCheckIns(loads.stream().map(l -> l.session().id()).toList());
        return loads.stream().filter(l -> l.session().attended() > 0 || checkedIn.contains(l.session().id()))
                .map(SessionLoad::session).map(s -> s.bookingId()).collect(Collectors.toSet());
    }
}
