package org.servicecentre.security;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.OffsetLimit;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Creates, scopes, disables and re-keys accounts (admins), and lets everyone keep their own profile. */
@Service
@Validated
@Transactional
public class AccountService {

    /** The shortest password accepted, for forms to check before they call. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    static final int MAX_PASSWORD_BYTES = 72;

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final StaffCheckInCodes staffCodes;
    private final PasswordEncoder passwords;
    private final CurrentUser currentUser;
    private final List<ScopeTargets> scopeTargets;
    private final TemporaryPasswords temporaryPasswords;
    private final Clock clock;

    AccountService(UserAccounts accounts, ApiTokens tokens, StaffCheckInCodes staffCodes, PasswordEncoder passwords,
                   CurrentUser currentUser, List<ScopeTargets> scopeTargets, TemporaryPasswords temporaryPasswords,
                   Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.staffCodes = staffCodes;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.scopeTargets = scopeTargets;
        this.temporaryPasswords = temporaryPasswords;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> list(String text, Role role, int offset, int limit) {
        var page = OffsetLimit.of(Math.max(offset, 0), Math.max(limit, 1), Sort.by("username"));
        return accounts.search(normalise(text), role, page).stream().map(UserAccount::summary).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String text, Role role) {
        return accounts.countMatching(normalise(text), role);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary create(@Valid AccountDraft draft, String initialPassword) {
        if (accounts.existsByUsernameIgnoreCase(draft.getUsername())) {
            throw new DomainException("USERNAME_TAKEN", draft.getUsername());
        }
        requireStrong(initialPassword);
        var account = new UserAccount(draft.getUsername(), draft.getDisplayName(),
                passwords.encode(initialPassword), clock.instant());
        apply(draft, account);
        return accounts.save(account).summary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary update(long id, @Valid AccountDraft draft) {
        var account = load(id);
        if (!account.username().equalsIgnoreCase(draft.getUsername())) {
            throw new DomainException("USERNAME_IMMUTABLE");
        }
        if (account.id() == currentUser.scope().userId() && draft.getRole() != Role.ADMIN) {
            throw new DomainException("CANNOT_DEMOTE_SELF");
        }
        apply(draft, account);
        return account.summary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void disable(long id) {
        if (id == currentUser.scope().userId()) {
            throw new DomainException("CANNOT_DISABLE_SELF");
        }
        load(id).disable();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void enable(long id) {
        load(id).enable();
    }

    /** Sets a new random password and returns it, to be shown once to the admin and handed over. */
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long id) {
        String temporary = temporaryPasswords.next();
        load(id).changePassword(passwords.encode(temporary));
        // a reset answers a lost or leaked password: the account's tokens go with it, its sessions end at their next request
        var now = clock.instant();
        tokens.findByUserIdOrderByCreatedAtDesc(id).forEach(token -> token.revoke(now));
        // and so does a staff code, which whoever held the password may have made
        staffCodes.findByUserId(id).ifPresent(code -> code.revoke(now));
        return temporary;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countAll() {
        return accounts.count();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountSummary me() {
        return load(currentUser.scope().userId()).summary();
    }

    @PreAuthorize("isAuthenticated()")
    public void changeLanguage(Locale locale) {
        load(currentUser.scope().userId()).speak(locale);
    }

    /** The caller's own e-mail address for notifications and whether they want reminders and digests. */
    @PreAuthorize("isAuthenticated()")
    public void changeMyContact(String email, boolean optionalMessages) {
        load(currentUser.scope().userId()).reachAt(email, optionalMessages);
    }

    @PreAuthorize("isAuthenticated()")
    public AccountContact myContact() {
        return load(currentUser.scope().userId()).contact();
    }

    /** An administrator sets where an account is reached (e.g. when creating it for someone). */
    @PreAuthorize("hasRole('ADMIN')")
    public void changeContact(long id, String email, boolean optionalMessages) {
        load(id).reachAt(email, optionalMessages);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AccountContact contactOf(long id) {
        return load(id).contact();
    }

    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var account = load(currentUser.scope().userId());
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new DomainException("WRONG_PASSWORD");
        }
        requireStrong(newPassword);
        account.changePassword(passwords.encode(newPassword));
        keepThisSessionSignedIn(account);
    }

    /** Other sessions of the account end with the old password; the one that changed it carries on. */
    private static void keepThisSessionSignedIn(UserAccount account) {
        var context = SecurityContextHolder.getContext();
        if (context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof AccountPrincipal) {
            var refreshed = new AccountPrincipal(account);
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
                    refreshed.getAuthorities()));
        }
    }

    /** The names of a centre's enabled managers, for the centre's page: names only, no account details. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> managerNamesOf(long centreId) {
        return accounts.managersOf(centreId).stream().map(a -> a.summary().displayName()).toList();
    }

    /** Whether any account exists yet; the demo data is seeded only into an empty installation. */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return accounts.count() == 0;
    }

    private void apply(AccountDraft draft, UserAccount account) {
        requireKnown(ScopeTargets.Kind.REGION, draft.getRole() == Role.REGION_OFFICER ? nullable(draft.getRegionId()) : Set.of());
        requireKnown(ScopeTargets.Kind.ORGANISATION, draft.getRole() == Role.NGO_STAFF ? nullable(draft.getOrganisationId()) : Set.of());
        requireKnown(ScopeTargets.Kind.CENTRE, draft.getRole() == Role.CENTRE_MANAGER ? draft.getCentreIds() : Set.of());
        account.rename(draft.getDisplayName());
        account.assign(draft.getRole(), draft.getRegionId(), draft.getOrganisationId(), draft.getCentreIds());
        account.speak(draft.getLanguage());
    }

    private void requireKnown(ScopeTargets.Kind kind, Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        var known = scopeTargets.stream().filter(t -> t.kind() == kind)
                .flatMap(t -> t.all().stream()).map(ScopeTarget::id).toList();
        for (Long id : ids) {
            if (!known.contains(id)) {
                throw new DomainException("UNKNOWN_SCOPE", id);
            }
        }
    }

    private static Set<Long> nullable(Long id) {
        return id == null ? Set.of() : Set.of(id);
    }

    static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new DomainException("PASSWORD_TOO_SHORT", MIN_PASSWORD_LENGTH);
        }
        // bcrypt reads at most 72 bytes; a longer password would be refused by the encoder with no clear message
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new DomainException("PASSWORD_TOO_LONG", MAX_PASSWORD_BYTES);
        }
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
