package org.servicecentre.occupancy;

/**
 * A programme with more demand than places: people on its waitlist, or more registered than its capacity or than the
 * room holds. The figures are those of its fullest session in the fortnight around the digest.
 */
public record DigestOversubscribed(long programmeId, String title, long registered, Integer capacity, long waitlisted,
                                   Integer roomCapacity, String roomName) {
}
