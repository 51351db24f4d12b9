package org.servicecentre.booking;

/** How staff confirmed that a booking has started: with their staff code at the centre's kiosk, or in the app. */
public enum BookingStartMethod {
    KIOSK_STAFF_CODE, STAFF
}
