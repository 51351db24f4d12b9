package org.servicecentre.occupancy;

import org.servicecentre.ServiceCentreTest;

/** The hand-computed attendance month read from the people rollup, on H2. */
@ServiceCentreTest
class PeopleRollupIntegrationTest extends PeopleRollupScenarios {
}
