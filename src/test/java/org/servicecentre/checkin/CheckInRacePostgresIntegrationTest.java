package org.servicecentre.checkin;

import org.servicecentre.PostgresTest;

/** The check-in replays on a real PostgreSQL, where the losing insert waits for the winner's commit, then fails. */
@PostgresTest
class CheckInRacePostgresIntegrationTest extends CheckInRaceScenarios {
}
