package org.servicecentre.notification;

import java.util.Optional;
import org.servicecentre.security.AccountDirectory;
import org.springframework.stereotype.Component;

/** Staff accounts are reached in their inbox, and by e-mail when they gave an address; disabled accounts not at all. */
@Component
class AccountContacts implements ContactDirectory {

    private final AccountDirectory accounts;

    AccountContacts(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @Override
    public Recipient.Kind kind() {
        return Recipient.Kind.ACCOUNT;
    }

    @Override
    public Optional<Contact> find(long id) {
        return accounts.contact(id).filter(c -> c.enabled())
                .map(c -> new Contact(c.displayName(), c.email(), null, c.locale(), c.optionalMessages(), true));
    }
}
