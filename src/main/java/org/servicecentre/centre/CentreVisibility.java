package org.servicecentre.centre;

import java.util.Set;

/** Which centres a caller sees: all, these ids, or those in regions under this path; maybe active ones only. */
record CentreVisibility(boolean everything, Set<Long> centreIds, String regionPath, boolean activeOnly) {

    boolean includes(Centre centre, RegionService regions) {
        if (activeOnly && !centre.summary(null).active()) {
            return false;
        }
        return everything || centreIds.contains(centre.id())
                || (!regionPath.isEmpty() && regions.get(centre.regionId()).path().startsWith(regionPath));
    }
}
