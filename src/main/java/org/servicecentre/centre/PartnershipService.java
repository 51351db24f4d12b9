package org.servicecentre.centre;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.security.ScopeTarget;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.OffsetLimit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Which organisation may book where. Admins partner any organisation with a centre or an alliance; a centre's
 * managers partner organisations with their own centres. Officers read those touching their region, managers
 * those touching their centres, NGO staff their own organisation's. The booking engine asks
 * {@link #bookableCentreIds(long)}.
 */
@Service
@Validated
@Transactional
public class PartnershipService {

    private static final long NO_FILTER = -1L;

    private final Partnerships partnerships;
    private final Alliances alliances;
    private final Centres centres;
    private final CentreService centreService;
    private final OrganisationDirectory organisations;
    private final CurrentUser currentUser;
    private final Clock clock;

    PartnershipService(Partnerships partnerships, Alliances alliances, Centres centres, CentreService centreService,
                       OrganisationDirectory organisations, CurrentUser currentUser, Clock clock) {
        this.partnerships = partnerships;
        this.alliances = alliances;
        this.centres = centres;
        this.centreService = centreService;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Partnerships the caller may see; a centre filter also finds those through an active alliance it belongs to. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PartnershipSummary> list(Long organisationId, Long centreId, Long allianceId, int offset, int limit) {
        var reach = reach();
        var page = OffsetLimit.of(Math.max(offset, 0), Math.max(limit, 1));
        return summaries(partnerships.search(reach.everything(), reach.centreIds(), reach.regionPath(),
                reach.organisationId(), orNone(organisationId), orNone(centreId), orNone(allianceId), page));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(Long organisationId, Long centreId, Long allianceId) {
        var reach = reach();
        return partnerships.countMatching(reach.everything(), reach.centreIds(), reach.regionPath(),
                reach.organisationId(), orNone(organisationId), orNone(centreId), orNone(allianceId));
    }

    /** Whether the caller may partner organisations with this centre (admins, and the centre's managers). */
    @PreAuthorize("isAuthenticated()")
    public boolean mayPartnerWith(long centreId) {
        return centreService.mayEdit(centreId);
    }

    /** Whether the caller may remove this partnership: admins any, managers those with one of their centres. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayRemove(PartnershipSummary partnership) {
        var scope = currentUser.scope();
        return scope.isAdmin() || (partnership.centreId() != null && scope.managesCentre(partnership.centreId()));
    }

    /** The organisations to choose from when partnering or filtering, as "name (code)". */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'REGION_OFFICER')")
    @Transactional(readOnly = true)
    public List<ScopeTarget> organisationChoices() {
        return organisations.all();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public PartnershipSummary create(@Valid PartnershipDraft draft) {
        if ((draft.getCentreId() == null) == (draft.getAllianceId() == null)) {
            throw new DomainException("PARTNERSHIP_ONE_TARGET");
        }
        var names = organisations.labels();
        long organisation = draft.getOrganisationId();
        if (!names.containsKey(organisation)) {
            throw new NotFoundException("organisation", organisation);
        }
        String target;
        if (draft.getCentreId() != null) {
            var centre = centres.findById(draft.getCentreId())
                    .orElseThrow(() -> new NotFoundException("centre", draft.getCentreId()));
            if (!centreService.mayEdit(centre.id())) {
                throw new AccessDeniedException("centre " + centre.id() + " is not managed by the caller");
            }
            target = centre.summary(null).name();
            if (partnerships.existsByOrganisationIdAndCentreId(organisation, centre.id())) {
                throw new DomainException("DUPLICATE_PARTNERSHIP", names.get(organisation), target);
            }
        } else {
            if (!currentUser.scope().isAdmin()) {
                throw new AccessDeniedException("only admins partner organisations with alliances");
            }
            var alliance = alliances.findById(draft.getAllianceId())
                    .orElseThrow(() -> new NotFoundException("alliance", draft.getAllianceId()));
            target = alliance.summary(List.of()).name();
            if (!alliance.active()) {
                throw new DomainException("ALLIANCE_ARCHIVED", target);
            }
            if (partnerships.existsByOrganisationIdAndAllianceId(organisation, alliance.id())) {
                throw new DomainException("DUPLICATE_PARTNERSHIP", names.get(organisation), target);
            }
        }
        var saved = partnerships.saveAndFlush(new Partnership(organisation, draft.getCentreId(), draft.getAllianceId(),
                draft.getNote().isBlank() ? null : draft.getNote(), author(),
                clock.instant()));
        return summaries(List.of(saved)).getFirst();
    }

    /** Removes a partnership: admins any, a centre's managers those with their own centre. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public void remove(long id) {
        var partnership = partnerships.findById(id).orElseThrow(() -> new NotFoundException("partnership", id));
        var scope = currentUser.scope();
        if (!scope.isAdmin() && !(partnership.centreId() != null && scope.managesCentre(partnership.centreId()))) {
            throw new AccessDeniedException("partnership " + id + " is not the caller's to remove");
        }
        partnerships.delete(partnership);
    }

    /**
     * The active centres an organisation may book in: direct partnerships plus the active members of partnered
     * active alliances. NGO staff may ask only about their own organisation.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> bookableCentreIds(long organisationId) {
        var scope = currentUser.scope();
        if (scope.is(Role.NGO_STAFF) && !scope.belongsTo(organisationId)) {
            throw new AccessDeniedException("NGO staff ask only about their own organisation");
        }
        return Set.copyOf(partnerships.bookableCentreIds(organisationId));
    }

    /** The system's scope has no account (user id 0). */
    private String author() {
        var scope = currentUser.scope();
        return scope.userId() == 0 ? PartnershipSummary.SYSTEM : scope.displayName();
    }

    private AllianceReach reach() {
        var scope = currentUser.scope();
        if (scope.is(Role.NGO_STAFF)) {
            return AllianceReach.ofOrganisation(scope.organisationId());
        }
        return AllianceReach.of(centreService.visibility());
    }

    private List<PartnershipSummary> summaries(List<Partnership> found) {
        var names = organisations.labels();
        var centreIds = new HashSet<Long>();
        var allianceIds = new HashSet<Long>();
        found.forEach(p -> {
            if (p.centreId() != null) {
                centreIds.add(p.centreId());
            } else {
                allianceIds.add(p.allianceId());
            }
        });
        Map<Long, String> centreNames = centres.findAllById(centreIds).stream().map(c -> c.summary(null))
                .collect(Collectors.toMap(CentreSummary::id, CentreSummary::name));
        Map<Long, String> allianceNames = alliances.findAllById(allianceIds).stream().map(a -> a.summary(List.of()))
                .collect(Collectors.toMap(AllianceSummary::id, AllianceSummary::name));
        return found.stream().map(p -> new PartnershipSummary(p.id(), p.organisationId(),
                names.getOrDefault(p.organisationId(), String.valueOf(p.organisationId())),
                p.centreId(), p.centreId() == null ? null : centreNames.get(p.centreId()),
                p.allianceId(), p.allianceId() == null ? null : allianceNames.get(p.allianceId()),
                p.note(), p.createdBy(), p.createdAt())).toList();
    }

    private static long orNone(Long id) {
        return id == null ? NO_FILTER : id;
    }
}
