package org.servicecentre.booking;

/** What creating a series does with occurrences that cannot be booked: skip them, or book nothing at all. */
public enum ConflictPolicy {
    SKIP, FAIL
}
