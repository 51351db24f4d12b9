package org.servicecentre.occupancy.ui;

import java.util.List;
import java.util.Set;
import org.servicecentre.centre.AllianceService;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RegionService;
import org.servicecentre.centre.RoomFilter;
import org.servicecentre.centre.RoomService;
import org.servicecentre.occupancy.UsageLevel;
import org.servicecentre.occupancy.UsageSubject;
import org.springframework.stereotype.Component;

/**
 * The regions, alliances, centres and rooms the caller may pick, page by page, through the centre module's
 * scope-filtered services (an officer sees their region, a manager their centres, their rooms and their alliances).
 */
@Component
class SubjectSource {

    private final RegionService regions;
    private final AllianceService alliances;
    private final CentreService centres;
    private final RoomService rooms;

    SubjectSource(RegionService regions, AllianceService alliances, CentreService centres, RoomService rooms) {
        this.regions = regions;
        this.alliances = alliances;
        this.centres = centres;
        this.rooms = rooms;
    }

    List<SubjectChoice> list(UsageLevel level, String text, int offset, int limit) {
        return switch (level) {
            case REGION -> regions.list(text, null, offset, limit).stream()
                    .map(r -> new SubjectChoice(UsageSubject.region(r.id()), r.name(), r.parentName())).toList();
            case ALLIANCE -> alliances.list(text, offset, limit).stream()
                    .map(a -> new SubjectChoice(UsageSubject.alliance(a.id()), a.name(), null)).toList();
            case CENTRE -> centres.list(text, null, offset, limit).stream()
                    .map(c -> new SubjectChoice(UsageSubject.centre(c.id()), c.name(), c.regionName())).toList();
            case ROOM -> rooms.list(roomFilter(text), offset, limit).stream()
                    .map(r -> new SubjectChoice(UsageSubject.room(r.id()), r.name(), r.centreName())).toList();
        };
    }

    int count(UsageLevel level, String text) {
        return (int) switch (level) {
            case REGION -> regions.count(text, null);
            case ALLIANCE -> alliances.count(text);
            case CENTRE -> centres.count(text, null);
            case ROOM -> rooms.count(roomFilter(text));
        };
    }

    /** The first choice of a level the caller sees, if any (a manager's first centre, an admin's top region). */
    java.util.Optional<SubjectChoice> first(UsageLevel level) {
        return list(level, "", 0, 1).stream().findFirst();
    }

    private static RoomFilter roomFilter(String text) {
        return new RoomFilter(text, null, Set.of(), null, Set.of(), false);
    }
}
