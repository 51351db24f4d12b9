package org.servicecentre.occupancy;

import org.servicecentre.PostgresTest;

/** The hand-computed attendance month on a real PostgreSQL: the same SQL, the same figures. */
@PostgresTest
class AttendanceStatisticsPostgresIntegrationTest extends AttendanceScenarios {
}
