package org.servicecentre.occupancy;

/**
 * One part of a breakdown (a room of a centre, a centre of a region or alliance) with its figures.
 *
 * @param parentName the region (for a centre) or centre (for a room) it belongs to, for tables
 * @param rooms      how many rooms it has (1 for a room)
 */
public record UsageRow(UsageSubject subject, String name, String parentName, int rooms, UsageFigures figures) {
}
