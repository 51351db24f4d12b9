package org.servicecentre.programme;

import java.time.Instant;

/**
 * Something a registrant was told, as their ticket page shows it: {@code kind} is SESSION_CANCELLED, PROMOTED or
 * CANCELLED_BY_STAFF (translation key {@code registration.notice.<kind lower-kebab>}), {@code note} a reason if any.
 */
public record RegistrantNotice(String kind, String note, Instant at) {
}
