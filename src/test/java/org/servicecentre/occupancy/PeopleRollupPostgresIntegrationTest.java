package org.servicecentre.occupancy;

import org.servicecentre.PostgresTest;

/** The hand-computed attendance month read from the people rollup, on a real PostgreSQL. */
@PostgresTest
class PeopleRollupPostgresIntegrationTest extends PeopleRollupScenarios {
}
