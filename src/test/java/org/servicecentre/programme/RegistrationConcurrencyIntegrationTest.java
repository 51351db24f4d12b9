package org.servicecentre.programme;

import org.servicecentre.ServiceCentreTest;

/** The registration races on H2, where writers queue on the session row. */
@ServiceCentreTest
class RegistrationConcurrencyIntegrationTest extends RegistrationRaceScenarios {
}
