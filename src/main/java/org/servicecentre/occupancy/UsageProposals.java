package org.servicecentre.occupancy;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RoomService;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.security.Scope;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.OffsetLimit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open usage proposals: system-level per centre or organisation (for the weekly digests), and scoped for the
 * proposals page - admins all, managers those of their centres, NGO staff those of their organisation - where they
 * are accepted or dismissed. Accepting does what the proposal offers ({@link ProposalActions}).
 */
@Service
public class UsageProposals {

    private static final long NO_ORGANISATION = -1L;

    private final Proposals proposals;
    private final ProposalActions actions;
    private final RoomService rooms;
    private final CentreService centres;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Clock clock;

    UsageProposals(Proposals proposals, ProposalActions actions, RoomService rooms, CentreService centres,
                   OrganisationService organisations, CurrentUser currentUser, Clock clock) {
        this.proposals = proposals;
        this.actions = actions;
        this.rooms = rooms;
        this.centres = centres;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Open proposals about a centre's rooms, earliest first; system-level (no caller scope). */
    @Transactional(readOnly = true)
    public List<ProposalSummary> openForCentre(long centreId) {
        return summaries(proposals.findByCentreIdAndStateOrderByStartAscIdAsc(centreId, ProposalState.OPEN), null);
    }

    /** Open proposals to an organisation, earliest first; system-level (no caller scope). */
    @Transactional(readOnly = true)
    public List<ProposalSummary> openForOrganisation(long organisationId) {
        return summaries(proposals.findByOrganisationIdAndStateOrderByStartAscIdAsc(organisationId,
                ProposalState.OPEN), null);
    }

    /** The open proposals the caller may see, of one kind or (null) all, whose title contains
     * {@code text}, earliest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    @Transactional(readOnly = true)
    public List<ProposalSummary> list(ProposalKind kind, String text, int offset, int limit) {
        var scope = currentUser.scope();
        return summaries(proposals.visible(ProposalState.OPEN, kind, normal(text), scope.isAdmin(), centresOf(scope),
                organisationOf(scope), OffsetLimit.of(offset, limit)), scope);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    @Transactional(readOnly = true)
    public long count(ProposalKind kind, String text) {
        var scope = currentUser.scope();
        return proposals.countVisible(ProposalState.OPEN, kind, normal(text), scope.isAdmin(), centresOf(scope), organisationOf(scope));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    @Transactional(readOnly = true)
    public ProposalSummary get(long id) {
        var scope = currentUser.scope();
        var proposal = visible(scope, id);
        return summaries(List.of(proposal), scope).getFirst();
    }

    /**
     * Does what the proposal offers and marks it accepted: cancels the rest of the series, releases the empty
     * session's room (the session is cancelled), or moves the session to {@code roomId}, one of the rooms offered.
     * {@code reason} is the note the cancelled bookings and sessions keep (their registrants read it).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    public ProposalSummary accept(long id, Long roomId, String reason) {
        var scope = currentUser.scope();
        visible(scope, id);
        actions.accept(id, roomId, reason, scope, clock.instant());
        return summaries(List.of(proposals.findById(id).orElseThrow()), scope).getFirst();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    @Transactional
    public ProposalSummary dismiss(long id) {
        var scope = currentUser.scope();
        var proposal = visible(scope, id);
        proposal.decide(ProposalState.DISMISSED, null, scope.displayName(), clock.instant());
        return summaries(List.of(proposals.saveAndFlush(proposal)), scope).getFirst();
    }

    private UsageProposal visible(Scope scope, long id) {
        var proposal = proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal", id));
        if (!mayDecide(scope, proposal)) {
            throw new AccessDeniedException("proposal " + id + " is not the caller's");
        }
        return proposal;
    }

    private static boolean mayDecide(Scope scope, UsageProposal proposal) {
        return scope.isAdmin() || scope.managesCentre(proposal.centreId())
                || scope.belongsTo(proposal.organisationId());
    }

    private static Collection<Long> centresOf(Scope scope) {
        return scope.is(Role.CENTRE_MANAGER) && !scope.centreIds().isEmpty() ? scope.centreIds() : Set.of(-1L);
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static long organisationOf(Scope scope) {
        return scope.is(Role.NGO_STAFF) && scope.organisationId() != null ? scope.organisationId() : NO_ORGANISATION;
    }

    private List<ProposalSummary> summaries(List<UsageProposal> found, Scope scope) {
        if (found.isEmpty()) {
            return List.of();
        }
        var roomIds = new HashSet<Long>();
        found.forEach(p -> roomIds.addAll(p.roomIds()));
        var bookedRooms = actions.roomsOf(found);
        roomIds.addAll(bookedRooms.values());
        var places = rooms.places(roomIds);
        var centrePlaces = centres.places(found.stream().map(UsageProposal::centreId).distinct().toList());
        var names = organisations.names(found.stream().map(UsageProposal::organisationId).distinct().toList());
        return found.stream().map(p -> {
            var centre = centrePlaces.get(p.centreId());
            var room = places.get(bookedRooms.get(p.id()));
            var options = p.roomIds().stream().map(places::get).filter(java.util.Objects::nonNull)
                    .map(r -> new ProposalSummary.RoomOption(r.roomId(), r.centreName(), r.roomName(),
                            r.roomCapacity())).toList();
            return new ProposalSummary(p.id(), p.kind(), p.state(), p.centreId(),
                    centre == null ? "#" + p.centreId() : centre.centreName(), room == null ? null : room.roomName(),
                    centre == null ? CentreDraft.DEFAULT_ZONE : centre.zone(), p.organisationId(),
                    names.getOrDefault(p.organisationId(), "#" + p.organisationId()), p.bookingId(), p.seriesId(),
                    p.sessionId(), p.programmeId(), p.title(), p.start(), p.end(), p.streak(), p.wantedPlaces(),
                    p.registered(), p.waitlisted(), options, p.createdAt(),
                    scope != null && p.state() == ProposalState.OPEN && mayDecide(scope, p));
        }).toList();
    }
}
