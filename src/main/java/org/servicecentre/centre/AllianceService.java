package org.servicecentre.centre;

import jakarta.validation.Valid;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.OffsetLimit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads and keeps alliances (党建联盟). Admins see and change all of them; region officers read those with a
 * member centre in their region; managers those containing one of their centres; NGO staff the active alliances
 * their organisation is partnered with. Archived alliances stay readable but grant no booking rights.
 */
@Service
@Validated
@Transactional
public class AllianceService {

    private final Alliances alliances;
    private final Centres centres;
    private final CentreService centreService;
    private final CurrentUser currentUser;

    AllianceService(Alliances alliances, Centres centres, CentreService centreService, CurrentUser currentUser) {
        this.alliances = alliances;
        this.centres = centres;
        this.centreService = centreService;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AllianceSummary> list(String text, int offset, int limit) {
        var reach = reach();
        var page = OffsetLimit.of(Math.max(offset, 0), Math.max(limit, 1));
        return summaries(alliances.search(reach.everything(), reach.centreIds(), reach.regionPath(),
                reach.organisationId(), reach.activeOnly(), normalise(text), page));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(String text) {
        var reach = reach();
        return alliances.countMatching(reach.everything(), reach.centreIds(), reach.regionPath(),
                reach.organisationId(), reach.activeOnly(), normalise(text));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AllianceSummary get(long id) {
        var alliance = alliances.findById(id).orElseThrow(() -> new NotFoundException("alliance", id));
        var reach = reach();
        if (!reach.everything() && alliances.countReaching(reach.everything(), reach.centreIds(), reach.regionPath(),
                reach.organisationId(), reach.activeOnly(), "", id) == 0) {
            throw new AccessDeniedException("alliance " + id + " is outside the caller's scope");
        }
        return summaries(List.of(alliance)).getFirst();
    }

    /**
     * The member centres of an alliance, active or not, for filtering (e.g. rooms by alliance). Membership is no
     * secret; callers still filter what they show by their own sight of centres.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> memberCentreIds(long allianceId) {
        return alliances.findById(allianceId).orElseThrow(() -> new NotFoundException("alliance", allianceId))
                .centreIds();
    }

    /** The alliances, active or archived, that a centre the caller may see belongs to. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AllianceSummary> alliancesOf(long centreId) {
        centreService.get(centreId);
        var reach = reach();
        var found = alliances.containing(centreId);
        if (reach.organisationId() != AllianceReach.NO_ORGANISATION) {
            // NGO staff: only the active alliances their organisation is partnered with, as in list()
            var theirs = alliances.search(false, reach.centreIds(), reach.regionPath(), reach.organisationId(), true,
                    "", OffsetLimit.of(0, 1000)).stream().map(Alliance::id).collect(Collectors.toSet());
            found = found.stream().filter(a -> theirs.contains(a.id())).toList();
        }
        return summaries(found);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AllianceSummary create(@Valid AllianceDraft draft) {
        if (alliances.findByCodeIgnoreCase(draft.getCode()).isPresent()) {
            throw new DomainException("DUPLICATE_CODE", draft.getCode());
        }
        checkCentres(draft.getCentreIds());
        var alliance = new Alliance(draft.getCode());
        alliance.describe(draft);
        return summaries(List.of(alliances.saveAndFlush(alliance))).getFirst();
    }

    /** Changes name, description, members and status; the code stays. Archiving here is the same as {@link #archive}. */
    @PreAuthorize("hasRole('ADMIN')")
    public AllianceSummary update(long id, @Valid AllianceDraft draft) {
        var alliance = alliances.findById(id).orElseThrow(() -> new NotFoundException("alliance", id));
        if (!alliance.code().equalsIgnoreCase(draft.getCode())) {
            throw new DomainException("CODE_IMMUTABLE");
        }
        checkCentres(draft.getCentreIds());
        alliance.describe(draft);
        return summaries(List.of(alliances.saveAndFlush(alliance))).getFirst();
    }

    /** Archives an alliance: it stays on record with its partnerships, but grants no booking rights any more. */
    @PreAuthorize("hasRole('ADMIN')")
    public AllianceSummary archive(long id) {
        var alliance = alliances.findById(id).orElseThrow(() -> new NotFoundException("alliance", id));
        alliance.archive();
        return summaries(List.of(alliance)).getFirst();
    }

    private void checkCentres(Set<Long> ids) {
        var found = centres.findAllById(ids).stream().map(Centre::id).collect(Collectors.toSet());
        ids.stream().filter(id -> !found.contains(id)).findFirst().ifPresent(missing -> {
            throw new NotFoundException("centre", missing);
        });
    }

    private AllianceReach reach() {
        var scope = currentUser.scope();
        if (scope.is(Role.NGO_STAFF)) {
            return AllianceReach.ofOrganisation(scope.organisationId());
        }
        return AllianceReach.of(centreService.visibility());
    }

    private List<AllianceSummary> summaries(Collection<Alliance> found) {
        var ids = new HashSet<Long>();
        found.forEach(a -> ids.addAll(a.centreIds()));
        Map<Long, AllianceMember> members = centres.findAllById(ids).stream()
                .map(c -> c.summary(null))
                .map(c -> new AllianceMember(c.id(), c.code(), c.name(), c.active()))
                .collect(Collectors.toMap(AllianceMember::centreId, Function.identity()));
        return found.stream().map(a -> a.summary(a.centreIds().stream().map(members::get)
                .sorted(Comparator.comparing(AllianceMember::code)).toList())).toList();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
