package org.servicecentre.security;

import java.util.Locale;

/**
 * How a staff account is reached: its e-mail address (may be null), language, and whether it wants the non-essential
 * messages (reminders, digests).
 */
public record AccountContact(long id, String displayName, String email, Locale locale, boolean optionalMessages,
                             boolean enabled, Role role) {
}
