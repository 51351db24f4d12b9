package org.servicecentre.security;

import java.util.Set;

/**
 * A staff member recognised by their staff code at a kiosk: who they are (the name to greet them with) and what they
 * keep (their role, organisation and centres), read from their account at the moment of the scan. It proves nothing
 * beyond the code: modules use it only to decide whether this person may confirm that a booking has started.
 */
public record StaffMember(long userId, String displayName, Role role, Long organisationId, Set<Long> centreIds) {

    public StaffMember {
        centreIds = Set.copyOf(centreIds);
    }

    /** The person signed in to the app, for the same decisions made from a screen rather than a kiosk. */
    public static StaffMember of(Scope scope) {
        return new StaffMember(scope.userId(), scope.displayName(), scope.role(), scope.organisationId(),
                scope.centreIds());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean managesCentre(long centreId) {
        return role == Role.CENTRE_MANAGER && centreIds.contains(centreId);
    }

    public boolean belongsTo(long organisation) {
        return role == Role.NGO_STAFF && organisationId != null && organisationId == organisation;
    }
}
