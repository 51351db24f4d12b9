package org.servicecentre.occupancy;

import org.servicecentre.ServiceCentreTest;

/** The hand-computed attendance month on H2. */
@ServiceCentreTest
class AttendanceStatisticsIntegrationTest extends AttendanceScenarios {
}
