package org.servicecentre.security;

import java.time.Clock;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.servicecentre.shared.OffsetLimit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The log of who saw, exported, changed or merged residents' unmasked personal data: every module that shows or
 * hands out a name or phone number in the clear calls {@link #record} for the people concerned, and admins read the
 * log back.
 *
 * <p>Transactions: an entry joins the caller's writing transaction, so a change or merge that rolls back leaves no
 * entry claiming it happened. A view mostly runs in a read-only transaction, or in none, and must be logged all the
 * same: then the entry is written and committed in a transaction of its own before the data is handed out.
 */
@Service
public class PersonalDataAudit {

    /** The subject type of a resident's record, the usual subject of an entry. */
    public static final String RESIDENT = "RESIDENT";

    static final String ANONYMOUS = "anonymous";
    private static final int CONTEXT_LENGTH = 200;
    private static final int USERNAME_LENGTH = 100;
    private static final int SUBJECT_TYPE_LENGTH = 40;
    /** The open end of a period without an end; within what both databases store. */
    private static final Instant END_OF_TIME = Instant.parse("9999-01-01T00:00:00Z");

    private final JdbcTemplate jdbc;
    private final PersonalDataAccesses accesses;
    private final CurrentUser currentUser;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    PersonalDataAudit(JdbcTemplate jdbc, PersonalDataAccesses accesses, CurrentUser currentUser,
                      PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.accesses = accesses;
        this.currentUser = currentUser;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Logs that the caller (a signed-in user, the system, or an anonymous visitor of a public page) did
     * {@code action} with the personal data of each of {@code subjectIds}: one entry per distinct subject, written
     * in one batch. {@code context} says where, in words an auditor understands ("attendance list of session 12",
     * "CSV export", "API /api/v1/residents/5"); it is cut to 200 characters. No subjects, no entries.
     */
    public void record(PersonalDataAction action, String subjectType, Collection<Long> subjectIds, String context) {
        Objects.requireNonNull(action, "action");
        if (subjectType == null || subjectType.isBlank()) {
            throw new IllegalArgumentException("subjectType required");
        }
        var subjects = new LinkedHashSet<Long>();
        subjectIds.stream().filter(Objects::nonNull).forEach(subjects::add);
        if (subjects.isEmpty()) {
            return;
        }
        var who = caller();
        var at = clock.instant();
        Runnable write = () -> insert(who, at, action, cut(subjectType.strip(), SUBJECT_TYPE_LENGTH), subjects,
                cut(context == null || context.isBlank() ? "-" : context.strip(), CONTEXT_LENGTH));
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            write.run();
        } else {
            ownTransaction.executeWithoutResult(status -> write.run());
        }
    }

    /** One subject; see {@link #record(PersonalDataAction, String, Collection, String)}. */
    public void record(PersonalDataAction action, String subjectType, long subjectId, String context) {
        record(action, subjectType, List.of(subjectId), context);
    }

    /** The log, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PersonalDataAccessEntry> list(PersonalDataAccessFilter filter, int offset, int limit) {
        var page = OffsetLimit.of(Math.max(offset, 0), Math.max(limit, 1));
        return accesses.search(username(filter), subjectType(filter), filter.subjectId(), filter.action(),
                from(filter), to(filter), page).stream().map(PersonalDataAccess::entry).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(PersonalDataAccessFilter filter) {
        return accesses.countMatching(username(filter), subjectType(filter), filter.subjectId(), filter.action(),
                from(filter), to(filter));
    }

    private void insert(Caller who, Instant at, PersonalDataAction action, String subjectType,
                        Collection<Long> subjects, String context) {
        var timestamp = at.atOffset(ZoneOffset.UTC);
        jdbc.batchUpdate("""
                        insert into personal_data_access
                            (at, user_id, username, role, action, subject_type, subject_id, context)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""",
                subjects, subjects.size(), (statement, subjectId) -> {
                    statement.setObject(1, timestamp);
                    statement.setObject(2, who.userId(), Types.BIGINT);
                    statement.setString(3, who.username());
                    statement.setString(4, who.role() == null ? null : who.role().name());
                    statement.setString(5, action.name());
                    statement.setString(6, subjectType);
                    statement.setLong(7, subjectId);
                    statement.setString(8, context);
                });
    }

    /** Who is asking: an account, the system, a device or token without an account, or nobody signed in. */
    private Caller caller() {
        var scope = currentUser.find();
        if (scope.isPresent()) {
            var s = scope.get();
            boolean system = SystemAuthentication.SYSTEM.equals(s.username());
            return new Caller(system ? null : s.userId(), cut(s.username(), USERNAME_LENGTH), s.role());
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() || authentication.getName() == null) {
            return new Caller(null, ANONYMOUS, null);
        }
        return new Caller(null, cut(authentication.getName(), USERNAME_LENGTH), null);
    }

    /** At most {@code length} UTF-16 units, never half a surrogate pair, so it fits the column on either database. */
    static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    private static String username(PersonalDataAccessFilter filter) {
        return filter.username() == null ? "" : filter.username().strip().toLowerCase(Locale.ROOT);
    }

    private static Instant from(PersonalDataAccessFilter filter) {
        return filter.from() == null ? Instant.EPOCH : filter.from();
    }

    private static Instant to(PersonalDataAccessFilter filter) {
        return filter.to() == null ? END_OF_TIME : filter.to();
    }

    private static String subjectType(PersonalDataAccessFilter filter) {
        return filter.subjectType() == null ? "" : filter.subjectType().strip();
    }

    private record Caller(Long userId, String username, Role role) {
    }
}
