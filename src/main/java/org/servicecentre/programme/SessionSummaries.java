package org.servicecentre.programme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.Place;
import org.servicecentre.centre.RoomService;
import org.springframework.stereotype.Component;

/** Turns sessions into summaries with places and counts, reading names and counts for a whole list at once. */
@Component
class SessionSummaries {

    private final Registrations registrations;
    private final Attendances attendances;
    private final RoomService rooms;
    private final CentreService centres;

    SessionSummaries(Registrations registrations, Attendances attendances, RoomService rooms, CentreService centres) {
        this.registrations = registrations;
        this.attendances = attendances;
        this.rooms = rooms;
        this.centres = centres;
    }

    List<SessionSummary> of(Programme programme, List<ProgrammeSession> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        var ids = sessions.stream().map(ProgrammeSession::id).toList();
        var roomPlaces = rooms.places(sessions.stream().map(ProgrammeSession::roomId).filter(Objects::nonNull)
                .distinct().toList());
        var centrePlaces = centres.places(sessions.stream().map(ProgrammeSession::centreId).filter(Objects::nonNull)
                .distinct().toList());
        var counts = new HashMap<Long, Map<RegistrationStatus, Long>>();
        for (var row : registrations.countsBySession(ids)) {
            counts.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((RegistrationStatus) row[1], (Long) row[2]);
        }
        var attended = new HashMap<Long, Long>();
        for (var row : attendances.countBySession(ids)) {
            attended.put((Long) row[0], (Long) row[1]);
        }
        long wholeRegistered = 0;
        long wholeWaiting = 0;
        if (programme.mode() == RegistrationMode.WHOLE_PROGRAMME) {
            wholeRegistered = registrations.countInState(programme.id(), null, RegistrationStatus.REGISTERED);
            wholeWaiting = registrations.countInState(programme.id(), null, RegistrationStatus.WAITLISTED);
        }
        var capacity = programme.mode().needsRegistration() ? programme.capacity() : null;
        long registeredWhole = wholeRegistered;
        long waitingWhole = wholeWaiting;
        return sessions.stream().map(s -> {
            var own = counts.getOrDefault(s.id(), Map.of());
            Place room = s.roomId() == null ? null : roomPlaces.get(s.roomId());
            Place centre = s.centreId() == null ? null : centrePlaces.get(s.centreId());
            return new SessionSummary(s.id(), programme.id(), programme.title(), s.bookingId(), s.centreId(),
                    centre == null ? null : centre.centreName(), s.roomId(), room == null ? null : room.roomName(),
                    s.location(), centre == null ? org.servicecentre.centre.CentreDraft.DEFAULT_ZONE : centre.zone(), s.start(),
                    s.end(), s.status(), s.cancelReason(), capacity,
                    own.getOrDefault(RegistrationStatus.REGISTERED, 0L) + registeredWhole,
                    own.getOrDefault(RegistrationStatus.WAITLISTED, 0L) + waitingWhole,
                    attended.getOrDefault(s.id(), 0L));
        }).toList();
    }
}
