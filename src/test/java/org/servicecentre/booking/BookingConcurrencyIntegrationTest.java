package org.servicecentre.booking;

import org.servicecentre.ServiceCentreTest;

/** The no-double-booking races on H2, where writers of one room queue on the room row's lock. */
@ServiceCentreTest
class BookingConcurrencyIntegrationTest extends BookingRaceScenarios {
}
