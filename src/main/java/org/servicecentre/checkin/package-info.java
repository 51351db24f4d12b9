/** Kiosks at centre entrances: paired devices, check-ins, walk-ins, satisfaction and door displays. */
@org.springframework.modulith.ApplicationModule(displayName = "Check-in")
package org.servicecentre.checkin;
