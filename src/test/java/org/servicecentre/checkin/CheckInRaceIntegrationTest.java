package org.servicecentre.checkin;

import org.servicecentre.ServiceCentreTest;

/** The check-in replays on H2. */
@ServiceCentreTest
class CheckInRaceIntegrationTest extends CheckInRaceScenarios {
}
