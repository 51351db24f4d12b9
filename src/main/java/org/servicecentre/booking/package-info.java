/** Booking rooms: free-room search, calendars, series, approvals and the no-double-booking guarantee. */
@org.springframework.modulith.ApplicationModule(displayName = "Booking")
package org.servicecentre.booking;
