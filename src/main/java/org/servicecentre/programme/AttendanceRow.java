package org.servicecentre.programme;

import java.time.Instant;

/**
 * One line of a session's attendance list: a registration (registered or waitlisted) with whether the resident
 * came, or someone who came without registering ({@code registrationId} and {@code status} null).
 */
public record AttendanceRow(Long registrationId, long residentId, String residentName, String residentPhone,
                            boolean unmasked, RegistrationStatus status, Integer waitlistPosition,
                            RegistrationSource source, Instant attendedAt) {

    public boolean attended() {
        return attendedAt != null;
    }
}
