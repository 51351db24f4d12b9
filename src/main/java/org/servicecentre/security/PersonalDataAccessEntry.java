package org.servicecentre.security;

import java.time.Instant;

/**
 * One entry of the personal-data access log: who ({@code userId} null for an anonymous public-page visitor,
 * {@code role} null when there was no account), when, what they did with whose data, and where.
 */
public record PersonalDataAccessEntry(long id, Instant at, Long userId, String username, Role role,
                                      PersonalDataAction action, String subjectType, long subjectId, String context) {
}
