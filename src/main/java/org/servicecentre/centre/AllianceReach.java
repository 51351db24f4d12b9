package org.servicecentre.centre;

import java.util.Set;

/**
 * What of alliances and partnerships a caller may read: everything; those touching these centres or centres in
 * regions under this path (managers, officers); or those of one organisation (NGO staff, active alliances only).
 * JPQL queries take its parts as parameters, see {@link Alliances#MATCHING} and {@link Partnerships#MATCHING}.
 */
record AllianceReach(boolean everything, Set<Long> centreIds, String regionPath, long organisationId,
                     boolean activeOnly) {

    static final long NO_ORGANISATION = -1L;
    private static final Set<Long> NONE = Set.of(-1L);

    static AllianceReach ofOrganisation(Long organisationId) {
        return new AllianceReach(false, NONE, "", organisationId == null ? NO_ORGANISATION : organisationId, true);
    }

    static AllianceReach of(CentreVisibility centres) {
        return new AllianceReach(centres.everything(), centres.centreIds(), centres.regionPath(), NO_ORGANISATION,
                false);
    }
}
