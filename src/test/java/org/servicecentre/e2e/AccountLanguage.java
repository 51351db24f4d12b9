package org.servicecentre.e2e;

import static org.servicecentre.security.SystemAuthentication.asSystem;

import java.util.Locale;
import org.servicecentre.security.AccountDraft;
import org.servicecentre.security.AccountService;

/** Reads and sets a demo account's saved language directly, to prepare a test or put things back after it. */
final class AccountLanguage {

    private AccountLanguage() {
    }

    static Locale of(AccountService accounts, String username) {
        return asSystem(() -> accounts.list(username, null, 0, 10).stream()
                .filter(a -> a.username().equals(username)).findFirst().orElseThrow().language());
    }

    static void set(AccountService accounts, String username, Locale language) {
        asSystem(() -> {
            var account = accounts.list(username, null, 0, 10).stream()
                    .filter(a -> a.username().equals(username)).findFirst().orElseThrow();
            var draft = AccountDraft.of(account);
            draft.setLanguage(language);
            accounts.update(account.id(), draft);
        });
    }
}
