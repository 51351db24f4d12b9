package org.servicecentre.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.Place;
import org.servicecentre.centre.RoomService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions and registrations as the notifications read them: system-level (no caller scope: it serves event listeners
 * and the reminder job, never a screen) and without residents' personal data (ids only; the residents' contact
 * directory reaches them). Lists are read for a whole batch at once: a fixed number of queries per call, whatever the
 * number of sessions.
 */
@Service
@Transactional(readOnly = true)
public class SessionRoster {

    private final ProgrammeSessions sessions;
    private final Programmes programmes;
    private final Registrations registrations;
    private final Residents residents;
    private final RoomService rooms;
    private final CentreService centres;

    SessionRoster(ProgrammeSessions sessions, Programmes programmes, Registrations registrations,
                  Residents residents, RoomService rooms, CentreService centres) {
        this.residents = residents;
        this.sessions = sessions;
        this.programmes = programmes;
        this.registrations = registrations;
        this.rooms = rooms;
        this.centres = centres;
    }

    /**
     * Scheduled sessions starting in [from, to) with an id above {@code afterId}, at most {@code limit}, in id order
     * (call again with the last id for the next batch).
     */
    public List<RosterSession> startingBetween(Instant from, Instant to, long afterId, int limit) {
        return roster(sessions.startingBetween(from, to, afterId, PageRequest.of(0, limit)));
    }

    /** The longest time before a session that any programme reminds its registrants (minutes). */
    public int longestReminderOffset() {
        int longest = ReminderOffsets.DEFAULT.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (String chosen : programmes.distinctReminderOffsets()) {
            for (int offset : ReminderOffsets.fromColumn(chosen)) {
                longest = Math.max(longest, offset);
            }
        }
        return longest;
    }

    /** The session in any state, with who holds a place in it now. */
    public Optional<RosterSession> session(long sessionId) {
        return sessions.findById(sessionId).map(s -> roster(List.of(s)).getFirst());
    }

    /** The session held in a booking, if any, with who holds a place in it now. */
    public Optional<RosterSession> sessionOfBooking(long bookingId) {
        return sessions.findByBookingId(bookingId).map(s -> roster(List.of(s)).getFirst());
    }

    public Optional<RosterRegistration> registration(long registrationId) {
        return registrations.findById(registrationId).map(r -> {
            var programme = programmes.findById(r.programmeId()).orElseThrow();
            var session = r.sessionId() == null ? null : sessions.findById(r.sessionId()).orElse(null);
            var places = session == null ? Map.<Long, Place>of() : places(List.of(session));
            return new RosterRegistration(r.id(), r.residentId(), r.status(), programme.id(), programme.title(),
                    programme.organisationId(), r.sessionId(), session == null ? null : place(session, places),
                    session == null ? null : zone(session, places), session == null ? null : session.start());
        });
    }

    /** The residents of these registrations: registration id → resident id. */
    public Map<Long, Long> residentsOf(Collection<Long> registrationIds) {
        return registrations.findAllById(registrationIds).stream()
                .collect(Collectors.toMap(Registration::id, Registration::residentId));
    }

    private List<RosterSession> roster(List<ProgrammeSession> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        var byId = programmes.findAllById(found.stream().map(ProgrammeSession::programmeId).distinct().toList())
                .stream().collect(Collectors.toMap(Programme::id, Function.identity()));
        var ownRegistrations = registrations.findBySessionIdInAndStatusOrderById(
                found.stream().map(ProgrammeSession::id).toList(), RegistrationStatus.REGISTERED);
        var wholeProgrammes = byId.values().stream().filter(p -> p.mode() == RegistrationMode.WHOLE_PROGRAMME)
                .map(Programme::id).toList();
        var wholeRegistrations = wholeProgrammes.isEmpty() ? List.<Registration>of()
                : registrations.findByProgrammeIdInAndSessionIdIsNullAndStatusOrderById(wholeProgrammes,
                        RegistrationStatus.REGISTERED);
        var reachable = reachable(ownRegistrations, wholeRegistrations);
        var own = new HashMap<Long, List<RosterSession.Registrant>>();
        for (var r : ownRegistrations) {
            own.computeIfAbsent(r.sessionId(), k -> new ArrayList<>()).add(new RosterSession.Registrant(r.id(),
                    r.residentId(), false, reachable.contains(r.residentId())));
        }
        var whole = new HashMap<Long, List<RosterSession.Registrant>>();
        for (var r : wholeRegistrations) {
            whole.computeIfAbsent(r.programmeId(), k -> new ArrayList<>()).add(new RosterSession.Registrant(r.id(),
                    r.residentId(), true, reachable.contains(r.residentId())));
        }
        var places = places(found);
        return found.stream().map(s -> {
            var programme = byId.get(s.programmeId());
            var registered = new ArrayList<>(own.getOrDefault(s.id(), List.of()));
            registered.addAll(whole.getOrDefault(s.programmeId(), List.of()));
            return new RosterSession(s.id(), programme.id(), programme.title(), programme.organisationId(),
                    s.centreId(), place(s, places), zone(s, places), s.start(), s.end(), s.status(),
                    programme.mode().needsRegistration() ? programme.capacity() : null,
                    programme.mode().needsRegistration() ? ReminderOffsets.effective(programme.reminderOffsets())
                            : List.of(),
                    registered);
        }).toList();
    }

    /** The residents among these registrations' who left a phone number (or were merged into one who did). */
    private java.util.Set<Long> reachable(List<Registration> own, List<Registration> whole) {
        var ids = new java.util.HashSet<Long>();
        own.forEach(r -> ids.add(r.residentId()));
        whole.forEach(r -> ids.add(r.residentId()));
        if (ids.isEmpty()) {
            return ids;
        }
        var found = residents.findAllById(ids);
        var reachable = new java.util.HashSet<Long>();
        for (var resident : found) {
            if (resident.phone() != null || resident.mergedIntoId() != null) {
                reachable.add(resident.id());
            }
        }
        return reachable;
    }

    /** Places by room id (sessions in a room) and by negative centre id (a centre without a room). */
    private Map<Long, Place> places(List<ProgrammeSession> found) {
        var places = new HashMap<Long, Place>(rooms.places(found.stream().map(ProgrammeSession::roomId)
                .filter(Objects::nonNull).distinct().toList()));
        var centresWithoutRoom = found.stream().filter(s -> s.roomId() == null && s.centreId() != null)
                .map(ProgrammeSession::centreId).distinct().toList();
        if (!centresWithoutRoom.isEmpty()) {
            centres.places(centresWithoutRoom).forEach((id, place) -> places.put(-id, place));
        }
        return places;
    }

    private static Place placeOf(ProgrammeSession s, Map<Long, Place> places) {
        if (s.roomId() != null) {
            return places.get(s.roomId());
        }
        return s.centreId() == null ? null : places.get(-s.centreId());
    }

    private static String place(ProgrammeSession s, Map<Long, Place> places) {
        if (s.location() != null) {
            return s.location();
        }
        var place = placeOf(s, places);
        if (place == null) {
            return null;
        }
        return place.roomName() == null ? place.centreName() : place.centreName() + " · " + place.roomName();
    }

    private static java.time.ZoneId zone(ProgrammeSession s, Map<Long, Place> places) {
        var place = placeOf(s, places);
        return place == null ? CentreDraft.DEFAULT_ZONE : place.zone();
    }
}
