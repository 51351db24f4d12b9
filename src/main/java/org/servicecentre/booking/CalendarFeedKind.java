package org.servicecentre.booking;

/** What a calendar feed publishes: the bookings of one organisation, or those of one room. */
public enum CalendarFeedKind {
    ORGANISATION, ROOM
}
