package org.servicecentre.occupancy;

/** A centre the caller may watch live, for the picker. */
public record LiveCentreOption(long id, String name) {
}
