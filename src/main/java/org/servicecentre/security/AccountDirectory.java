package org.servicecentre.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who to tell, for the notification jobs: the contact of an account, the managers of a centre, the staff of an
 * organisation, the administrators. System-level (no caller scope): it is called by scheduled jobs and event listeners,
 * never from a screen, and returns no personal data of residents.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final UserAccounts accounts;

    AccountDirectory(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public Optional<AccountContact> contact(long accountId) {
        return accounts.findById(accountId).map(UserAccount::contact);
    }

    public List<AccountContact> contacts(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream().map(UserAccount::contact).toList();
    }

    /** What an enabled account may see (role, centres, organisation), for jobs that compile something per account. */
    public Optional<Scope> scopeOf(long accountId) {
        return accounts.findById(accountId).filter(UserAccount::enabled).map(UserAccount::scope);
    }

    /** Enabled centre managers of the centre. */
    public List<AccountContact> managersOf(long centreId) {
        return accounts.managersOf(centreId).stream().map(UserAccount::contact).toList();
    }

    /** Enabled staff accounts of the organisation. */
    public List<AccountContact> staffOf(long organisationId) {
        return accounts.staffOf(organisationId).stream().map(UserAccount::contact).toList();
    }

    /** Enabled accounts with the role (e.g. every administrator). */
    public List<AccountContact> withRole(Role role) {
        return accounts.findByRoleAndEnabledTrueOrderByDisplayName(role).stream().map(UserAccount::contact).toList();
    }
}
