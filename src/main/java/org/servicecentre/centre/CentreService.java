package org.servicecentre.centre;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Scope;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.OffsetLimit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads and keeps centres within the caller's scope: admins everything; region officers their region and below
 * (read-only); managers their own centres; NGO staff the active centres their organisation may book in, directly
 * or through an alliance (see {@link PartnershipService}).
 */
@Service
@Validated
@Transactional
public class CentreService {

    private static final Set<Long> NONE = Set.of(-1L);

    private final Centres centres;
    private final RegionService regionService;
    private final Partnerships partnerships;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    CentreService(Centres centres, RegionService regionService, Partnerships partnerships, CurrentUser currentUser,
                  ApplicationEventPublisher events) {
        this.events = events;
        this.centres = centres;
        this.regionService = regionService;
        this.partnerships = partnerships;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CentreSummary> list(String text, CentreLevel level, int offset, int limit) {
        var visible = visibility(currentUser.scope());
        var page = OffsetLimit.of(Math.max(offset, 0), Math.max(limit, 1));
        return summaries(centres.search(visible.everything(), visible.centreIds(), visible.regionPath(),
                normalise(text), level, visible.activeOnly(), page));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(String text, CentreLevel level) {
        var visible = visibility(currentUser.scope());
        return centres.countMatching(visible.everything(), visible.centreIds(), visible.regionPath(),
                normalise(text), level, visible.activeOnly());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CentreSummary get(long id) {
        var centre = centres.findById(id).orElseThrow(() -> new NotFoundException("centre", id));
        if (!visibility(currentUser.scope()).includes(centre, regionService)) {
            throw new AccessDeniedException("centre " + id + " is outside the caller's scope");
        }
        return summaries(List.of(centre)).getFirst();
    }

    /** Several centres at once, each as {@link #get} would answer, with one visibility check and one region lookup. */
    @Transactional(readOnly = true)
    Map<Long, CentreSummary> getAll(java.util.Collection<Long> ids) {
        var found = centres.findAllById(ids);
        var visible = visibility(currentUser.scope());
        for (var centre : found) {
            if (!visible.includes(centre, regionService)) {
                throw new AccessDeniedException("centre " + centre.id() + " is outside the caller's scope");
            }
        }
        var summaries = summaries(found).stream().collect(Collectors.toMap(CentreSummary::id, c -> c));
        ids.stream().filter(id -> !summaries.containsKey(id)).findFirst().ifPresent(id -> {
            throw new NotFoundException("centre", id);
        });
        return summaries;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CentreSummary getByCode(String code) {
        var centre = centres.findByCodeIgnoreCase(code.trim()).orElseThrow(() -> new NotFoundException("centre", code));
        return get(centre.id());
    }

    /**
     * The ids of every centre the caller sees, or empty when they see all of them (admins), so that other modules can
     * narrow their own queries without a list of every centre in the city.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<Set<Long>> visibleCentreIds() {
        var visible = visibility(currentUser.scope());
        if (visible.everything()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Set.copyOf(centres.idsMatching(false, visible.centreIds(), visible.regionPath(),
                "", null, visible.activeOnly())));
    }

    /** Whether the caller may change this centre: admins, and the centre's own managers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayEdit(long centreId) {
        var scope = currentUser.scope();
        return scope.isAdmin() || scope.managesCentre(centreId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CentreSummary create(@Valid CentreDraft draft) {
        if (centres.findByCodeIgnoreCase(draft.getCode()).isPresent()) {
            throw new DomainException("DUPLICATE_CODE", draft.getCode());
        }
        checkRegion(draft);
        var centre = new Centre(draft.getCode(), draft.getLevel(), draft.getRegionId());
        centre.describe(draft.getName(), blankToNull(draft.getAddress()), blankToNull(draft.getPhone()),
                draft.getTimeZone(), draft.isActive());
        return summaries(List.of(centres.saveAndFlush(centre))).getFirst();
    }

    /** Admins and the centre's managers change name, address, phone, zone and whether it is active. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public CentreSummary update(long id, @Valid CentreDraft draft) {
        if (!mayEdit(id)) {
            throw new AccessDeniedException("centre " + id + " is not managed by the caller");
        }
        var centre = centres.findById(id).orElseThrow(() -> new NotFoundException("centre", id));
        if (!centre.code().equalsIgnoreCase(draft.getCode()) || centre.level() != draft.getLevel()
                || centre.regionId() != draft.getRegionId()) {
            throw new DomainException("CENTRE_STRUCTURE_IMMUTABLE");
        }
        var previousZone = centre.zone();
        centre.describe(draft.getName(), blankToNull(draft.getAddress()), blankToNull(draft.getPhone()),
                draft.getTimeZone(), draft.isActive());
        if (!previousZone.equals(centre.zone())) {
            centres.flush();
            events.publishEvent(new CentreZoneChanged(id, previousZone, centre.zone()));
        }
        return summaries(List.of(centre)).getFirst();
    }

    private void checkRegion(CentreDraft draft) {
        var region = regionService.get(draft.getRegionId());
        if (region.level() != draft.getLevel().serves()) {
            throw new DomainException("CENTRE_REGION_LEVEL", draft.getLevel().serves());
        }
    }

    /** The centres the current caller may read; other parts of this module filter their queries by it. */
    CentreVisibility visibility() {
        return visibility(currentUser.scope());
    }

    private CentreVisibility visibility(Scope scope) {
        return switch (scope.role()) {
            case ADMIN -> new CentreVisibility(true, NONE, "", false);
            case NGO_STAFF -> new CentreVisibility(false, bookableBy(scope.organisationId()), "", true);
            case REGION_OFFICER -> new CentreVisibility(false, NONE, regionService.get(scope.regionId()).path(), false);
            case CENTRE_MANAGER, KIOSK -> new CentreVisibility(false,
                    scope.centreIds().isEmpty() ? NONE : scope.centreIds(), "", false);
        };
    }

    /** The repository query, not {@link PartnershipService}, so that the two services do not depend on each other. */
    private Set<Long> bookableBy(Long organisationId) {
        var ids = organisationId == null ? Set.<Long>of() : partnerships.bookableCentreIds(organisationId);
        return ids.isEmpty() ? NONE : ids;
    }

    private List<CentreSummary> summaries(List<Centre> found) {
        Map<Long, String> regionNames = found.isEmpty() ? Map.of()
                : regionService.namesOf(found.stream().map(Centre::regionId).distinct().toList());
        return found.stream().map(c -> c.summary(regionNames.get(c.regionId()))).toList();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    /** Public facts of centres by id (name, address, zone), for public pages and labels; no scope applies. */
    @Transactional(readOnly = true)
    public Map<Long, Place> places(java.util.Collection<Long> ids) {
        return centres.findAllById(ids).stream().collect(Collectors.toMap(Centre::id,
                c -> new Place(c.id(), c.name(), c.address(), c.zone(), null, null, null)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
