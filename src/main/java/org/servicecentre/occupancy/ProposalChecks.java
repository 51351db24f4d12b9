package org.servicecentre.occupancy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.servicecentre.booking.BookingUsage;
import org.servicecentre.booking.FreeRoomQuery;
import org.servicecentre.booking.FreeRoomSearch;
import org.servicecentre.booking.TimeSlot;
import org.servicecentre.centre.AllianceService;
import org.servicecentre.centre.AllianceSummary;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.programme.SessionLoad;
import org.servicecentre.programme.SessionLoads;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The scheduled checks that make proposals: a session of a programme that needs registrations with nobody registered
 * within the notice period (release its room), a session whose programme overflows its room (move it to a free larger
 * room in the centre or its alliances), a series whose latest occurrences were empty (cancel the rest). Proposals
 * whose subject has passed expire. Safe to run twice: a proposal exists once per subject and kind.
 */
@Service
public class ProposalChecks {

    /** Rooms offered in a move proposal at most, smallest first. */
    static final int ROOM_OPTIONS = 5;

    private final SessionLoads sessions;
    private final BookingUsage bookings;
    private final FreeRoomSearch freeRooms;
    private final AllianceService alliances;
    private final RoomService rooms;
    private final SeriesStreaks streaks;
    private final ProposalWriter writer;
    private final OccupancySettings settings;

    ProposalChecks(SessionLoads sessions, BookingUsage bookings, FreeRoomSearch freeRooms, AllianceService alliances,
                   RoomService rooms, SeriesStreaks streaks, ProposalWriter writer,
                   OccupancySettings settings) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.freeRooms = freeRooms;
        this.alliances = alliances;
        this.rooms = rooms;
        this.streaks = streaks;
        this.writer = writer;
        this.settings = settings;
    }

    /** What a run proposed. */
    public record Outcome(int expired, int emptySessions, int moves, int series) {

        @Override
        public String toString() {
            return "proposed " + emptySessions + " room releases, " + moves + " moves, " + series
                    + " series cancellations; expired " + expired;
        }
    }

    /** Expires the proposals whose subject has passed and makes those due at {@code now}. */
    public Outcome proposeDue(Instant now) {
        int expired = writer.expire(now);
        var made = proposeDue(now, organisation -> true);
        return new Outcome(expired, made.emptySessions(), made.moves(), made.series());
    }

    /**
     * Makes the proposals due at {@code now} to the organisations {@code of} accepts, expiring none (the demo data and
     * tests keep to their own and run at times of their choosing).
     */
    public Outcome proposeDue(Instant now, LongPredicate of) {
        return SystemAuthentication.asSystem(() -> {
            int empty = 0;
            for (var load : sessions.inRoomsStarting(now, now.plus(settings.emptySessionNotice()),
                    settings.batchSize() * 10)) {
                if (!of.test(load.organisationId())) {
                    continue;
                }
                empty += proposeRelease(load, now) ? 1 : 0;
            }
            int moves = 0;
            for (var load : sessions.inRoomsStarting(now, now.plus(settings.moveHorizon()), settings.batchSize() * 10)) {
                if (!of.test(load.organisationId())) {
                    continue;
                }
                moves += proposeMove(load, now) ? 1 : 0;
            }
            int series = 0;
            for (var seriesId : bookings.seriesUsedBetween(now.minus(java.time.Duration.ofDays(2)), now)) {
                series += streaks.check(seriesId, now, of) ? 1 : 0;
            }
            return new Outcome(0, empty, moves, series);
        });
    }

    private boolean proposeRelease(SessionLoad load, Instant now) {
        var session = load.session();
        if (!load.needsRegistration() || session.registered() > 0 || session.waitlisted() > 0) {
            return false;
        }
        var booking = bookings.find(session.bookingId()).filter(b -> b.status().holdsRoom()).orElse(null);
        if (booking == null) {
            return false;
        }
        var proposal = new UsageProposal(ProposalKind.RELEASE_EMPTY_SESSION, "session:" + session.id(),
                booking.centreId(), load.organisationId(), session.programmeTitle(), session.start(), session.end(),
                session.start(), now).about(booking.id(), booking.seriesId(), session.id(), session.programmeId())
                .found(null, null, 0, 0);
        return propose(proposal, booking.roomId());
    }

    private boolean proposeMove(SessionLoad load, Instant now) {
        var session = load.session();
        if (!load.needsRegistration() || session.roomId() == null) {
            return false;
        }
        var room = rooms.get(session.roomId());
        long wanted = session.registered() + session.waitlisted();
        boolean overflowing = session.waitlisted() >= settings.waitlistThreshold()
                || session.registered() > room.capacity();
        if (!overflowing || wanted <= room.capacity()) {
            return false;
        }
        var booking = bookings.find(session.bookingId()).filter(b -> b.status().holdsRoom()).orElse(null);
        if (booking == null) {
            return false;
        }
        var found = largerFreeRooms(booking.centreId(), session.start(), session.end(), (int) wanted);
        if (found.isEmpty()) {
            return false;
        }
        var proposal = new UsageProposal(ProposalKind.MOVE_TO_LARGER_ROOM, "session:" + session.id(),
                booking.centreId(), load.organisationId(), session.programmeTitle(), session.start(), session.end(),
                session.start(), now).about(booking.id(), booking.seriesId(), session.id(), session.programmeId())
                .found(null, (int) wanted, (int) session.registered(), (int) session.waitlisted())
                .offering(found.stream().map(RoomSummary::id).toList());
        return propose(proposal, booking.roomId());
    }

    /** Free rooms for [start, end) with at least {@code places}, in the centre and its active alliances. */
    List<RoomSummary> largerFreeRooms(long centreId, Instant start, Instant end, int places) {
        Set<Long> centres = new LinkedHashSet<>();
        centres.add(centreId);
        alliances.alliancesOf(centreId).stream().filter(AllianceSummary::active)
                .forEach(a -> a.members().forEach(m -> centres.add(m.centreId())));
        var found = new ArrayList<RoomSummary>();
        for (var centre : centres) {
            found.addAll(freeRooms.search(new FreeRoomQuery(List.of(new TimeSlot(start, end)), places, Set.of(),
                    centre)));
        }
        found.sort(java.util.Comparator.comparingInt(RoomSummary::capacity)
                .thenComparing(r -> r.centreId() == centreId ? 0 : 1));
        return found.stream().limit(ROOM_OPTIONS).toList();
    }

    private boolean propose(UsageProposal proposal, long roomId) {
        try {
            return writer.propose(proposal, roomId).isPresent();
        } catch (DataIntegrityViolationException proposedMeanwhile) {
            return false;
        }
    }
}
