/** Room bookings, recurring series and their guarantee against overlaps. */
@org.springframework.modulith.ApplicationModule(displayName = "Booking")
package org.servicecentre.booking;
