package org.servicecentre.occupancy;

import java.util.Optional;
import java.util.Set;

/**
 * The extension point of the manager's digest: every bean of this type may add a section (e.g. the open room
 * proposals), in {@link org.springframework.core.annotation.Order} order, after the centres. Called as the system
 * for the weekly job, as the signed-in user for the preview.
 */
public interface ManagerDigestSection {

    Optional<DigestSection> forManager(long accountId, Set<Long> centreIds, DigestWeek week);
}
