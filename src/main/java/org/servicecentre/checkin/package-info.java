/**
 * Kiosks at centre entrances: paired devices and their profiles, check-ins (next: walk-ins, feedback, door displays).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Check-in")
package org.servicecentre.checkin;
