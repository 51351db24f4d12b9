package org.servicecentre.programme;

/**
 * Published when a registration is cancelled, by the resident or by staff ({@code byStaff}, with their reason if
 * any), for the notifications: staff cancelling is told to the resident, and reminders not sent yet are withdrawn.
 */
public record RegistrationCancelled(long registrationId, long programmeId, Long sessionId, long residentId,
                                    boolean byStaff, String reason) {
}
