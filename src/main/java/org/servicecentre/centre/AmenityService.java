package org.servicecentre.centre;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.OffsetLimit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The admin-managed list of amenities rooms may have. Everyone signed in reads it (inactive entries only admins);
 * admins keep it. An amenity that rooms use is never deleted, only deactivated, so no room loses it silently.
 */
@Service
@Validated
@Transactional
public class AmenityService {

    private final Amenities amenities;
    private final CurrentUser currentUser;

    AmenityService(Amenities amenities, CurrentUser currentUser) {
        this.amenities = amenities;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AmenitySummary> list(String text, int offset, int limit) {
        var page = OffsetLimit.of(Math.max(offset, 0), Math.max(limit, 1));
        return amenities.search(normalise(text), activeOnly(), page).stream().map(Amenity::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(String text) {
        return amenities.countMatching(normalise(text), activeOnly());
    }

    /** The active amenities in their display order, for pickers and filters. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AmenitySummary> choices() {
        return amenities.findAllByOrderBySortOrderAscCodeAsc().stream().filter(Amenity::active)
                .map(Amenity::summary).toList();
    }

    /** Every amenity, inactive ones included, for showing what a room already has. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AmenitySummary> all() {
        return amenities.findAllByOrderBySortOrderAscCodeAsc().stream().map(Amenity::summary).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AmenitySummary create(@Valid AmenityDraft draft) {
        if (amenities.findByCodeIgnoreCase(draft.getCode()).isPresent()) {
            throw new DomainException("DUPLICATE_CODE", draft.getCode());
        }
        var amenity = new Amenity(draft.getCode());
        amenity.describe(draft.getNameZh(), draft.getNameEn(), draft.getSortOrder(), draft.isActive());
        return amenities.saveAndFlush(amenity).summary();
    }

    /** The code stays as created: rooms, filters and API clients refer to it. */
    @PreAuthorize("hasRole('ADMIN')")
    public AmenitySummary update(long id, @Valid AmenityDraft draft) {
        var amenity = find(id);
        if (!amenity.code().equalsIgnoreCase(draft.getCode())) {
            throw new DomainException("AMENITY_CODE_IMMUTABLE");
        }
        amenity.describe(draft.getNameZh(), draft.getNameEn(), draft.getSortOrder(), draft.isActive());
        return amenity.summary();
    }

    /** Deletes an amenity no room has; one in use is refused with the number of rooms (deactivate it instead). */
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        var amenity = find(id);
        long rooms = amenities.countRoomsWith(id);
        if (rooms > 0) {
            throw new DomainException("AMENITY_IN_USE", amenity.nameZh(), rooms);
        }
        amenities.delete(amenity);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long roomsWith(long id) {
        return amenities.countRoomsWith(id);
    }

    private Amenity find(long id) {
        return amenities.findById(id).orElseThrow(() -> new NotFoundException("amenity", id));
    }

    private boolean activeOnly() {
        return !currentUser.scope().isAdmin();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
