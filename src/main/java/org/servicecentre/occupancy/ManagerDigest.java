package org.servicecentre.occupancy;

import java.util.List;

/** A centre manager's weekly digest: their centres in the last full week, plus sections other features add. */
public record ManagerDigest(long accountId, String recipientName, DigestWeek week, List<DigestCentre> centres,
                            List<DigestSection> extraSections) {
}
