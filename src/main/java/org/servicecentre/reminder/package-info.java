/**
 * Reminders and the domain's notifications: who is told what when a booking is requested, decided or cancelled, a
 * session cancelled, a registration cancelled by staff or moved up from the waitlist (event listeners, in the
 * transaction of the change), and the reminders before each session to its registrants and to the organisation's
 * staff (a scan every five minutes). Everything is scheduled through the outbox of the notification module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reminders")
package org.servicecentre.reminder;
