package org.servicecentre.programme;

import org.servicecentre.PostgresTest;

/** The registration races on a real PostgreSQL, where writers queue on the session row too. */
@PostgresTest
class RegistrationConcurrencyPostgresIntegrationTest extends RegistrationRaceScenarios {
}
