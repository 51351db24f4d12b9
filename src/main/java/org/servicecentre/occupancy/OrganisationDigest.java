package org.servicecentre.occupancy;

import java.util.List;

/** An organisation's weekly digest: registrations against attendance per programme in the last full week. */
public record OrganisationDigest(long organisationId, String organisationName, DigestWeek week,
                                 List<DigestProgrammeAttendance> programmes) {
}
