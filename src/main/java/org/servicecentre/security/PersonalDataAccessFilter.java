package org.servicecentre.security;

import java.time.Instant;

/**
 * Narrows the access log; every part is optional. {@code username} matches any part of the name, ignoring case;
 * {@code from} is inclusive and {@code to} exclusive.
 */
public record PersonalDataAccessFilter(String username, String subjectType, Long subjectId,
                                       PersonalDataAction action, Instant from, Instant to) {

    public static PersonalDataAccessFilter all() {
        return new PersonalDataAccessFilter(null, null, null, null, null, null);
    }
}
