package org.servicecentre.booking;

/**
 * Which occurrences of a series a change or cancellation applies to: this one, this one and the later ones, or every
 * occurrence that has not started yet.
 */
public enum SeriesScope {
    ONE, FOLLOWING, ALL
}
