package org.servicecentre.programme;

/** Someone was recorded as come to a session, or such a record was taken back. */
public record AttendanceChanged(long sessionId) {
}
