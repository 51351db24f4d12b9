package org.servicecentre.programme;

import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.servicecentre.centre.CatalogueService;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.OffsetLimit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Creates, changes and lists programmes, within the caller's scope (see {@link ProgrammeAccess}). */
@Service
@Validated
public class ProgrammeService {

    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Programmes programmes;
    private final ProgrammeSessions sessions;
    private final ProgrammeAccess access;
    private final RegistrationBook book;
    private final OrganisationService organisations;
    private final CatalogueService catalogue;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgrammeService(Programmes programmes, ProgrammeSessions sessions, ProgrammeAccess access,
                     RegistrationBook book, OrganisationService organisations, CatalogueService catalogue,
                     CurrentUser currentUser, Clock clock) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.access = access;
        this.book = book;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProgrammeSummary> list(String text, boolean withArchived, int offset, int limit) {
        var filter = filter();
        var page = OffsetLimit.of(offset, limit);
        return summaries(programmes.search(normalise(text), filter.organisationId(), withArchived,
                filter.centresApply(), filter.centreIds(), page));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(String text, boolean withArchived) {
        var filter = filter();
        return programmes.countSearch(normalise(text), filter.organisationId(), withArchived, filter.centresApply(),
                filter.centreIds());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProgrammeSummary get(long id) {
        var programme = find(id);
        access.checkMayRead(currentUser.scope(), programme);
        return summaries(List.of(programme)).getFirst();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    @Transactional
    public ProgrammeSummary create(@Valid ProgrammeDraft draft) {
        var scope = currentUser.scope();
        var organisationId = access.organisationFor(scope, draft.organisationId());
        check(draft);
        var programme = new Programme(organisationId, uniqueCode(), scope.username(), clock.instant());
        programme.apply(draft);
        return summaries(List.of(programmes.save(programme))).getFirst();
    }

    /** Changes a programme; more places move waitlisted residents up at once, in order. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    @Transactional
    public ProgrammeSummary update(long id, @Valid ProgrammeDraft draft) {
        var programme = find(id);
        access.checkMayEdit(currentUser.scope(), programme);
        check(draft);
        if (draft.mode() != programme.mode() && book.hasRegistrations(id)) {
            throw new DomainException("PROGRAMME_MODE_LOCKED");
        }
        programme.apply(draft);
        var saved = programmes.saveAndFlush(programme);
        book.promoteEverywhere(saved, sessions.upcoming(id, clock.instant()).stream()
                .map(ProgrammeSession::id).toList());
        return summaries(List.of(saved)).getFirst();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    @Transactional
    public ProgrammeSummary archive(long id, boolean archived) {
        var programme = find(id);
        access.checkMayEdit(currentUser.scope(), programme);
        programme.archive(archived);
        return summaries(List.of(programmes.save(programme))).getFirst();
    }

    Programme find(long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("programme", id));
    }

    List<ProgrammeSummary> summaries(List<Programme> found) {
        var scope = currentUser.find();
        var names = organisations.names(found.stream().map(Programme::organisationId).distinct().toList());
        var now = clock.instant();
        return found.stream().map(p -> new ProgrammeSummary(p.id(), p.organisationId(),
                names.get(p.organisationId()), p.title(), p.description(), Set.copyOf(p.targetGroups()),
                p.categoryId(), p.fundingSource(), p.capacity(), p.mode(), p.visibility(), p.registrationOpensAt(),
                p.registrationClosesAt(), p.publicCode(), p.archived(), sessions.countUpcoming(p.id(), now),
                scope.map(s -> access.mayEdit(s, p)).orElse(false), p.reminderOffsets())).toList();
    }

    private void check(ProgrammeDraft draft) {
        if (draft.mode().needsRegistration() && draft.capacity() == null) {
            throw new DomainException("PROGRAMME_CAPACITY_REQUIRED");
        }
        if (draft.registrationOpensAt() != null && draft.registrationClosesAt() != null
                && !draft.registrationClosesAt().isAfter(draft.registrationOpensAt())) {
            throw new DomainException("PROGRAMME_WINDOW_INVALID");
        }
        if (!ReminderOffsets.valid(draft.reminderOffsets())) {
            throw new DomainException("PROGRAMME_REMINDERS_INVALID");
        }
        if (draft.categoryId() != null) {
            catalogue.get(draft.categoryId());
        }
    }

    private record Filter(Long organisationId, boolean centresApply, java.util.Collection<Long> centreIds) {
    }

    private Filter filter() {
        var scope = currentUser.scope();
        if (scope.is(Role.NGO_STAFF)) {
            return new Filter(scope.organisationId(), false, List.of(-1L));
        }
        var visible = access.visibleCentres(scope);
        return visible.map(ids -> new Filter(null, true, ids.isEmpty() ? List.of(-1L) : ids))
                .orElseGet(() -> new Filter(null, false, List.of(-1L)));
    }

    private String uniqueCode() {
        while (true) {
            var code = new StringBuilder(10);
            for (int i = 0; i < 10; i++) {
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            if (programmes.findByPublicCode(code.toString()).isEmpty()) {
                return code.toString();
            }
        }
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
