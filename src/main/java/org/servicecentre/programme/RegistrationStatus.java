package org.servicecentre.programme;

/** A registration holds a place, waits for one (in order), or was cancelled. Attendance is recorded per session. */
public enum RegistrationStatus {
    REGISTERED, WAITLISTED, CANCELLED
}
