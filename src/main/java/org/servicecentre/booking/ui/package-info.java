/** Screens of the booking module: the free-room search, the booking dialog and the list of bookings. */
package org.servicecentre.booking.ui;
