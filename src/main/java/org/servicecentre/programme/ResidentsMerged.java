package org.servicecentre.programme;

/** A duplicate resident was merged into the kept one: their registrations, attendances and cards moved over. */
public record ResidentsMerged(long keptId, long duplicateId) {
}
