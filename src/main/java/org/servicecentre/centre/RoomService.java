package org.servicecentre.centre;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.OffsetLimit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads and keeps the rooms of centres. Everyone reads the rooms of the centres they may see; admins and a
 * centre's managers create, edit, archive and restore its rooms, set their photo and renew their door code.
 * Rooms are never deleted: bookings and check-ins point at them.
 */
@Service
@Validated
@Transactional
public class RoomService {

    static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;
    private static final Set<Long> NONE = Set.of(-1L);

    private final Rooms rooms;
    private final RoomPhotos photos;
    private final Amenities amenities;
    private final CentreService centres;
    private final RoomSummaries summaries;
    private final CurrentUser currentUser;

    RoomService(Rooms rooms, RoomPhotos photos, Amenities amenities, CentreService centres, RoomSummaries summaries,
                CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.rooms = rooms;
        this.photos = photos;
        this.amenities = amenities;
        this.centres = centres;
        this.summaries = summaries;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RoomSummary> list(RoomFilter filter, int offset, int limit) {
        var q = new Query(filter, amenityIds(filter));
        var v = centres.visibility();
        var page = OffsetLimit.of(Math.max(offset, 0), Math.max(limit, 1));
        return summaries.of(rooms.search(v.everything(), v.centreIds(), v.regionPath(), v.activeOnly(), q.text,
                filter.centreId(), q.anyCentre, q.centreIds, filter.minCapacity(), archivedShown(filter),
                q.amenityCount, q.amenityIds, page));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(RoomFilter filter) {
        var q = new Query(filter, amenityIds(filter));
        var v = centres.visibility();
        return rooms.countMatching(v.everything(), v.centreIds(), v.regionPath(), v.activeOnly(), q.text,
                filter.centreId(), q.anyCentre, q.centreIds, filter.minCapacity(), archivedShown(filter),
                q.amenityCount, q.amenityIds);
    }

    /** One room of a centre the caller may see; archived rooms too. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RoomSummary get(long id) {
        return summaries.of(visible(id));
    }

    /** Whether the caller may change the rooms of this centre: admins and the centre's managers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayEdit(long centreId) {
        return centres.mayEdit(centreId);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public RoomSummary create(long centreId, @Valid RoomDraft draft) {
        checkEditable(centreId);
        centres.get(centreId);
        checkCodeFree(centreId, draft.getCode(), null);
        var room = new Room(centreId, draft.getCode());
        apply(room, draft);
        return summaries.of(rooms.saveAndFlush(room));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public RoomSummary update(long id, @Valid RoomDraft draft) {
        var room = editable(id);
        checkCodeFree(room.centreId(), draft.getCode(), room.id());
        room.recode(draft.getCode());
        apply(room, draft);
        return summaries.of(rooms.saveAndFlush(room));
    }

    /** Takes a room out of use: no longer listed nor bookable, but kept for the bookings that point at it. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public RoomSummary archive(long id) {
        var room = editable(id);
        room.setActive(false);
        return summaries.of(room);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public RoomSummary restore(long id) {
        var room = editable(id);
        room.setActive(true);
        return summaries.of(room);
    }

    /** Sets the room's photo: PNG, JPEG or WebP of at most 2 MB, recognised by its content, not its name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public RoomSummary setPhoto(long id, byte[] content) {
        var room = editable(id);
        if (content == null || content.length == 0) {
            throw new DomainException("PHOTO_TYPE");
        }
        if (content.length > MAX_PHOTO_BYTES) {
            throw new DomainException("PHOTO_TOO_LARGE", MAX_PHOTO_BYTES / (1024 * 1024));
        }
        var type = PhotoTypes.detect(content).orElseThrow(() -> new DomainException("PHOTO_TYPE"));
        var photo = photos.findById(room.id()).orElseGet(() -> new RoomPhoto(room.id()));
        photo.replace(type, content);
        photos.save(photo);
        return summaries.of(room);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<PhotoContent> photo(long id) {
        var room = visible(id);
        return photos.findById(room.id()).map(RoomPhoto::content);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public RoomSummary removePhoto(long id) {
        var room = editable(id);
        photos.findById(room.id()).ifPresent(photos::delete);
        return summaries.of(room);
    }

    /**
     * The door code as a PNG QR image of the room's opaque door token; for those who may edit the room, and for the
     * kiosks of its centre (the door display shows it).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'KIOSK')")
    @Transactional(readOnly = true)
    public byte[] doorCode(long id, int size) {
        var room = currentUser.scope().is(org.servicecentre.security.Role.KIOSK) ? visible(id) : editable(id);
        return QrCodes.png(room.doorToken(), Math.clamp(size, 120, 2000));
    }

    /** Gives the room a new door token: every printed door code of it stops working. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public RoomSummary renewDoorCode(long id) {
        var room = editable(id);
        room.renewDoorToken();
        return summaries.of(rooms.saveAndFlush(room));
    }

    /**
     * The active room a scanned door code names. Not narrowed by scope: holding the token means standing at the
     * door. Unknown and renewed-away tokens are not found.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RoomSummary findByDoorToken(String token) {
        return rooms.findByDoorToken(token == null ? "" : token.trim()).filter(Room::active).map(summaries::of)
                .orElseThrow(() -> new NotFoundException("room", "door code"));
    }

    /** Archived rooms are listed only to those who may restore them: admins and managers (in their centres). */
    private boolean archivedShown(RoomFilter filter) {
        var scope = currentUser.scope();
        return filter.includeArchived() && (scope.isAdmin() || !scope.centreIds().isEmpty());
    }

    private void apply(Room room, RoomDraft draft) {
        var unknown = new HashSet<>(draft.getAmenityIds());
        for (var amenity : amenities.findAllById(draft.getAmenityIds())) {
            unknown.remove(amenity.id());
            // a switched-off amenity a room already has may stay; it just cannot be newly added
            if (!amenity.active() && !room.amenityIds().contains(amenity.id())) {
                throw new DomainException("AMENITY_INACTIVE", amenity.nameZh());
            }
        }
        if (!unknown.isEmpty()) {
            throw new DomainException("AMENITY_UNKNOWN", unknown.iterator().next());
        }
        room.describe(draft.getName(), draft.getCapacity(), draft.getAreaSquareMetres(), blankToNull(draft.getFloor()),
                blankToNull(draft.getDescription()));
        room.setRules(draft.isNeedsApproval(), draft.getSetupMinutes(), draft.getCleanupMinutes(), draft.isBookable());
        room.setAmenities(draft.getAmenityIds());
    }

    private void checkCodeFree(long centreId, String code, Long self) {
        rooms.findByCentreIdAndCodeIgnoreCase(centreId, code).filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new DomainException("DUPLICATE_CODE", code);
                });
    }

    private Room visible(long id) {
        var room = rooms.findById(id).orElseThrow(() -> new NotFoundException("room", id));
        centres.get(room.centreId());
        return room;
    }

    private Room editable(long id) {
        var room = rooms.findById(id).orElseThrow(() -> new NotFoundException("room", id));
        checkEditable(room.centreId());
        return room;
    }

    private void checkEditable(long centreId) {
        if (!centres.mayEdit(centreId)) {
            throw new AccessDeniedException("the rooms of centre " + centreId + " are not the caller's to change");
        }
    }

    /** Amenity codes to ids; an unknown code matches no room. */
    private Set<Long> amenityIds(RoomFilter filter) {
        var ids = new HashSet<Long>();
        for (var code : filter.amenityCodes()) {
            ids.add(amenities.findByCodeIgnoreCase(code.trim()).map(Amenity::id).orElse(-1L));
        }
        return ids;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The filter's parts as the query wants them: no empty collections, lower-case text. */
    private static final class Query {
        final String text;
        final boolean anyCentre;
        final Set<Long> centreIds;
        final long amenityCount;
        final Set<Long> amenityIds;

        Query(RoomFilter filter, Set<Long> ids) {
            text = filter.text().trim().toLowerCase(Locale.ROOT);
            anyCentre = filter.centreIds().isEmpty();
            centreIds = anyCentre ? NONE : filter.centreIds();
            amenityCount = ids.size();
            amenityIds = ids.isEmpty() ? NONE : ids;
        }
    }

    /** Public facts of rooms by id with their centre's, for public pages and labels; no scope applies. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Place> places(java.util.Collection<Long> ids) {
        var found = rooms.findAllById(ids);
        var centresById = centres.places(found.stream().map(Room::centreId).collect(java.util.stream.Collectors.toSet()));
        var result = new java.util.HashMap<Long, Place>();
        for (var room : found) {
            var centre = centresById.get(room.centreId());
            result.put(room.id(), new Place(centre.centreId(), centre.centreName(), centre.address(), centre.zone(),
                    room.id(), room.name(), room.capacity()));
        }
        return result;
    }
}
