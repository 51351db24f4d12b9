package org.servicecentre.security;

import java.util.Locale;
import java.util.Set;

/**
 * Who the caller is and which part of the world they may see: a region (officers), centres (managers)
 * or one organisation (NGO staff). Modules filter their data with it.
 */
public record Scope(long userId, String username, String displayName, Role role, Long regionId,
                    Long organisationId, Set<Long> centreIds, Locale locale) {

    public Scope {
        centreIds = Set.copyOf(centreIds);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean is(Role other) {
        return role == other;
    }

    public boolean managesCentre(long centreId) {
        return role == Role.CENTRE_MANAGER && centreIds.contains(centreId);
    }

    public boolean belongsTo(long organisation) {
        return role == Role.NGO_STAFF && organisationId != null && organisationId == organisation;
    }
}
