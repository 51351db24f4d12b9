package org.servicecentre.centre;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.OffsetLimit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Regions are public reference data: every signed-in user reads them; region officers see their own region
 * and everything below it when they list; only admins change them.
 */
@Service
@Validated
@Transactional
public class RegionService {

    private final Regions regions;
    private final CurrentUser currentUser;

    RegionService(Regions regions, CurrentUser currentUser) {
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RegionSummary> list(String text, RegionLevel level, int offset, int limit) {
        var page = OffsetLimit.of(Math.max(offset, 0), Math.max(limit, 1));
        var found = regions.search(normalise(text), level, visiblePrefix(), page);
        return withParentNames(found);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(String text, RegionLevel level) {
        return regions.countMatching(normalise(text), level, visiblePrefix());
    }

    /** Every region, parents before children; small enough for pickers (a city has a few thousand). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RegionSummary> all() {
        return withParentNames(regions.findAll(org.springframework.data.domain.Sort.by("path")));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RegionSummary get(long id) {
        var region = load(id);
        return withParentNames(List.of(region)).getFirst();
    }

    /** Names of these regions by id, for labelling centres; one query, whatever the size of the city. */
    @Transactional(readOnly = true)
    Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        return regions.findAllById(Set.copyOf(ids)).stream().collect(Collectors.toMap(Region::id, Region::name));
    }

    /** The ids of a region and every region below it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> subtreeOf(long regionId) {
        return regions.findByPathStartingWith(load(regionId).path()).stream().map(Region::id)
                .collect(Collectors.toSet());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public RegionSummary create(@Valid RegionDraft draft) {
        if (regions.findByCodeIgnoreCase(draft.getCode()).isPresent()) {
            throw new DomainException("DUPLICATE_CODE", draft.getCode());
        }
        String parentPath = checkParent(draft.getLevel(), draft.getParentId());
        var region = regions.saveAndFlush(new Region(draft.getCode(), draft.getName(), draft.getLevel(), draft.getParentId()));
        region.placeUnder(parentPath);
        return get(region.id());
    }

    /** Renames a region; code, level and parent stay, since centres and reports hang on them. */
    @PreAuthorize("hasRole('ADMIN')")
    public RegionSummary update(long id, @Valid RegionDraft draft) {
        var region = load(id);
        if (!region.code().equalsIgnoreCase(draft.getCode()) || region.level() != draft.getLevel()) {
            throw new DomainException("REGION_STRUCTURE_IMMUTABLE");
        }
        region.rename(draft.getName());
        return get(id);
    }

    private String checkParent(RegionLevel level, Long parentId) {
        if (level.parentLevel() == null) {
            if (parentId != null) {
                throw new DomainException("REGION_CITY_HAS_NO_PARENT");
            }
            return null;
        }
        if (parentId == null) {
            throw new DomainException("REGION_PARENT_REQUIRED", level.parentLevel());
        }
        var parent = load(parentId);
        if (parent.level() != level.parentLevel()) {
            throw new DomainException("REGION_PARENT_LEVEL", level, level.parentLevel());
        }
        return parent.path();
    }

    /** Officers list their region and below; everyone else lists every region. */
    private String visiblePrefix() {
        var scope = currentUser.scope();
        return scope.is(Role.REGION_OFFICER) ? load(scope.regionId()).path() : "";
    }

    Region load(long id) {
        return regions.findById(id).orElseThrow(() -> new NotFoundException("region", id));
    }

    private List<RegionSummary> withParentNames(List<Region> found) {
        var parentIds = found.stream().map(r -> r.summary(null).parentId()).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = regions.findAllById(parentIds).stream()
                .collect(Collectors.toMap(Region::id, Region::name));
        return found.stream().map(r -> r.summary(names.get(r.summary(null).parentId()))).toList();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
