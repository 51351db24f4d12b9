package org.servicecentre.notification.ui;

import org.servicecentre.security.AccountDraft;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.Role;
import org.servicecentre.security.SystemAuthentication;

/** Accounts of the inbox screen tests' own, so their counts never depend on messages other tests leave. */
final class InboxReaders {

    static final String READER = "inbox-screen-reader";

    private InboxReaders() {
    }

    static void ensure(AccountService accounts, String username, String displayName) {
        SystemAuthentication.asSystem(() -> {
            if (accounts.count(username, null) == 0) {
                var draft = new AccountDraft();
                draft.setUsername(username);
                draft.setDisplayName(displayName);
                draft.setRole(Role.ADMIN);
                accounts.create(draft, "secret-123");
            }
        });
    }
}
