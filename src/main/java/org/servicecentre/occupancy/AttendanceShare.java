package org.servicecentre.occupancy;

/**
 * One line of an attendance breakdown: a target group, organisation, service category or programme.
 *
 * @param key  a stable key: the enum name of a target group, or the id of an organisation, category or programme
 * @param name what the user reads (already translated for target groups)
 */
public record AttendanceShare(String key, String name, int sessions, int registrations, int attendances) {
}
