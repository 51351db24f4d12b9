/**
 * Check-in at the centre: kiosk devices paired to one centre (and, next, check-ins, walk-ins and feedback).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Check-in")
package org.servicecentre.checkin;
