package org.servicecentre.notification;

import java.util.Locale;

/**
 * How to reach a recipient now: name (for the salutation; may be masked), e-mail and phone (either may be null),
 * language, whether they accept non-essential messages, and whether they have an in-app inbox (staff do, residents
 * do not).
 */
public record Contact(String name, String email, String phone, Locale locale, boolean optionalMessages, boolean inbox) {
}
