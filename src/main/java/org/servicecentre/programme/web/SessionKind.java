package org.servicecentre.programme.web;

/** Where a new session is held: a room booked with it, an outside location, or a booking the organisation has. */
enum SessionKind {
    ROOM, OUTSIDE, BOOKING
}
