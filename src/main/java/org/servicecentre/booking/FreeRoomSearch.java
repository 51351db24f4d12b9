package org.servicecentre.booking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.centre.PartnershipService;
import org.servicecentre.centre.RoomFilter;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds rooms free for whole slots: bookable, big enough, with the amenities asked for, open (hours, closures) and
 * not held by another booking, buffers included. Smallest room that fits first, so big halls stay free for big
 * groups.
 */
@Service
@Transactional(readOnly = true)
public class FreeRoomSearch {

    /** Rooms looked at in one search at most; a city-wide search without a centre is narrowed by partnerships. */
    static final int MAX_CANDIDATES = 5_000;
    static final int MAX_SLOTS = 200;
    private static final int CHUNK = 1_000;

    private final RoomService rooms;
    private final OpeningHoursService hours;
    private final PartnershipService partnerships;
    private final Bookings bookings;
    private final CurrentUser currentUser;

    FreeRoomSearch(RoomService rooms, OpeningHoursService hours, PartnershipService partnerships, Bookings bookings,
                   CurrentUser currentUser) {
        this.rooms = rooms;
        this.hours = hours;
        this.partnerships = partnerships;
        this.bookings = bookings;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF', 'REGION_OFFICER')")
    public List<RoomSummary> search(FreeRoomQuery query) {
        if (query.slots().isEmpty() || query.slots().size() > MAX_SLOTS) {
            throw new DomainException("SEARCH_SLOTS", MAX_SLOTS);
        }
        for (var slot : query.slots()) {
            if (!slot.start().isBefore(slot.end())) {
                throw new DomainException("BOOKING_END_BEFORE_START", slot.start(), slot.end());
            }
        }
        var candidates = candidates(query);
        var free = new HashMap<Long, RoomSummary>();
        candidates.forEach(r -> free.put(r.id(), r));
        for (var slot : query.slots()) {
            removeBlocked(free, slot);
            if (free.isEmpty()) {
                break;
            }
            free.keySet().retainAll(hours.openRooms(free.keySet(), slot.start(), slot.end()));
        }
        return free.values().stream().sorted(Comparator.comparingInt(RoomSummary::capacity)
                .thenComparing(RoomSummary::centreCode).thenComparing(RoomSummary::code)).toList();
    }

    private List<RoomSummary> candidates(FreeRoomQuery query) {
        var scope = currentUser.scope();
        Set<Long> centreIds = Set.of();
        if (query.centreId() == null && scope.is(Role.NGO_STAFF)) {
            centreIds = partnerships.bookableCentreIds(scope.organisationId());
            if (centreIds.isEmpty()) {
                return List.of();
            }
        }
        var filter = new RoomFilter("", query.centreId(), centreIds, query.minCapacity(), query.amenityCodes(), false);
        return rooms.list(filter, 0, MAX_CANDIDATES).stream().filter(RoomSummary::bookable).toList();
    }

    /** Drops rooms whose buffered slot meets a booking holding them; one query per chunk of rooms. */
    private void removeBlocked(Map<Long, RoomSummary> free, TimeSlot slot) {
        int widest = free.values().stream().mapToInt(r -> Math.max(r.setupMinutes(), r.cleanupMinutes())).max()
                .orElse(0);
        var from = slot.start().minus(Duration.ofMinutes(widest));
        var until = slot.end().plus(Duration.ofMinutes(widest));
        var ids = new ArrayList<>(free.keySet());
        var blocked = new HashSet<Long>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            var chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            for (var row : bookings.blocking(chunk, from, until, BookingChecks.HOLDING)) {
                long roomId = (Long) row[0];
                var wanted = Slot.of(free.get(roomId), slot.start(), slot.end());
                if (wanted.overlaps((java.time.Instant) row[1], (java.time.Instant) row[2])) {
                    blocked.add(roomId);
                }
            }
        }
        free.keySet().removeAll(blocked);
    }
}
