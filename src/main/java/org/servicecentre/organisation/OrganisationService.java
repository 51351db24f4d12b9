package org.servicecentre.organisation;

import jakarta.validation.Valid;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicecentre.centre.RegionService;
import org.servicecentre.centre.RegionSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Scope;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.OffsetLimit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads and keeps organisations within the caller's scope: admins everything; NGO staff only their own
 * organisation; region officers those registered in their region or below; centre managers the whole directory
 * (they approve bookings from any organisation). Only admins change organisations.
 */
@Service
@Validated
@Transactional
public class OrganisationService {

    private static final Set<Long> NONE = Set.of(-1L);

    private final Organisations organisations;
    private final RegionService regions;
    private final CurrentUser currentUser;

    OrganisationService(Organisations organisations, RegionService regions, CurrentUser currentUser) {
        this.organisations = organisations;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OrganisationSummary> list(String text, OrganisationKind kind, int offset, int limit) {
        var visible = visibility(currentUser.scope());
        var page = OffsetLimit.of(Math.max(offset, 0), Math.max(limit, 1));
        return summaries(organisations.search(visible.everything(), visible.organisationId(), visible.regionIds(),
                normalise(text), kind, page));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(String text, OrganisationKind kind) {
        var visible = visibility(currentUser.scope());
        return organisations.countMatching(visible.everything(), visible.organisationId(), visible.regionIds(),
                normalise(text), kind);
    }

    /**
     * Names of organisations by id, for labelling bookings and lists; names are public, so no scope applies, and
     * the public programme pages and listing read them without a login.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> names(Collection<Long> ids) {
        var names = new java.util.HashMap<Long, String>();
        organisations.findAllById(Set.copyOf(ids)).forEach(o -> names.put(o.id(), o.summary(null).name()));
        return names;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OrganisationSummary get(long id) {
        var organisation = organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
        if (!visibility(currentUser.scope()).includes(organisation)) {
            throw new AccessDeniedException("organisation " + id + " is outside the caller's scope");
        }
        return summaries(List.of(organisation)).getFirst();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationSummary create(@Valid OrganisationDraft draft) {
        if (organisations.findByCodeIgnoreCase(draft.getCode()).isPresent()) {
            throw new DomainException("DUPLICATE_CODE", draft.getCode());
        }
        regions.get(draft.getRegionId());
        var organisation = new Organisation(draft.getCode());
        organisation.describe(draft);
        return summaries(List.of(organisations.saveAndFlush(organisation))).getFirst();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationSummary update(long id, @Valid OrganisationDraft draft) {
        var organisation = organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
        if (!organisation.code().equalsIgnoreCase(draft.getCode())) {
            throw new DomainException("CODE_IMMUTABLE");
        }
        regions.get(draft.getRegionId());
        organisation.describe(draft);
        return summaries(List.of(organisation)).getFirst();
    }

    private Visibility visibility(Scope scope) {
        return switch (scope.role()) {
            case ADMIN, CENTRE_MANAGER -> new Visibility(true, -1, NONE);
            case REGION_OFFICER -> new Visibility(false, -1, regions.subtreeOf(scope.regionId()));
            case NGO_STAFF -> new Visibility(false, scope.organisationId() == null ? -1 : scope.organisationId(), NONE);
            case KIOSK -> new Visibility(false, -1, NONE);
        };
    }

    private List<OrganisationSummary> summaries(List<Organisation> found) {
        Map<Long, String> regionNames = regions.all().stream()
                .collect(Collectors.toMap(RegionSummary::id, RegionSummary::name));
        return found.stream().map(o -> o.summary(regionNames.get(o.regionId()))).toList();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    private record Visibility(boolean everything, long organisationId, Set<Long> regionIds) {

        boolean includes(Organisation organisation) {
            return everything || organisation.id() == organisationId || regionIds.contains(organisation.regionId());
        }
    }
}
