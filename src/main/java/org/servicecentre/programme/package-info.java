/**
 * Programmes run by organisations, their sessions, pseudonymous residents, registrations with capacity and waitlist,
 * and the signed QR tickets residents show at the kiosk.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme")
package org.servicecentre.programme;
