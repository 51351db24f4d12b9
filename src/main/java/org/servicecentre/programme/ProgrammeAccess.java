package org.servicecentre.programme;

import java.util.Optional;
import java.util.Set;
import org.servicecentre.centre.CentreService;
import org.servicecentre.security.Role;
import org.servicecentre.security.Scope;
import org.servicecentre.shared.DomainException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with programmes: NGO staff run their own organisation's programmes; admins any, on behalf of an
 * organisation; managers and officers read the programmes that hold sessions in the centres they see.
 */
@Component
class ProgrammeAccess {

    private final CentreService centres;
    private final ProgrammeSessions sessions;

    ProgrammeAccess(CentreService centres, ProgrammeSessions sessions) {
        this.centres = centres;
        this.sessions = sessions;
    }

    long organisationFor(Scope scope, Long requested) {
        if (scope.is(Role.NGO_STAFF)) {
            if (requested != null && requested.longValue() != scope.organisationId()) {
                throw new AccessDeniedException("NGO staff run only their own organisation's programmes");
            }
            return scope.organisationId();
        }
        if (!scope.isAdmin()) {
            throw new AccessDeniedException("only NGO staff and admins run programmes");
        }
        if (requested == null) {
            throw new DomainException("PROGRAMME_ORGANISATION_REQUIRED");
        }
        return requested;
    }

    boolean mayEdit(Scope scope, Programme programme) {
        return scope.isAdmin() || scope.belongsTo(programme.organisationId());
    }

    void checkMayEdit(Scope scope, Programme programme) {
        if (!mayEdit(scope, programme)) {
            throw new AccessDeniedException("programme " + programme.id() + " belongs to another organisation");
        }
    }

    void checkMayRead(Scope scope, Programme programme) {
        if (mayEdit(scope, programme)) {
            return;
        }
        if (scope.is(Role.NGO_STAFF)) {
            throw new AccessDeniedException("programme " + programme.id() + " belongs to another organisation");
        }
        var visible = visibleCentres(scope);
        if (visible.isEmpty()) {
            return;
        }
        boolean held = sessions.findByProgrammeIdOrderByStartAscIdAsc(programme.id()).stream()
                .anyMatch(s -> s.centreId() != null && visible.get().contains(s.centreId()));
        if (!held) {
            throw new AccessDeniedException("programme " + programme.id() + " holds no session in the caller's centres");
        }
    }

    /** The centres a manager or officer sees; empty for admins (everything). NGO staff are filtered by organisation. */
    Optional<Set<Long>> visibleCentres(Scope scope) {
        if (scope.isAdmin() || scope.is(Role.NGO_STAFF)) {
            return Optional.empty();
        }
        return centres.visibleCentreIds();
    }
}
