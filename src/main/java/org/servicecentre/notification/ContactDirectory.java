package org.servicecentre.notification;

import java.util.Optional;

/**
 * Looks up how to reach a kind of recipient. Accounts are looked up by this module; the module that keeps residents
 * provides a directory for them.
 */
public interface ContactDirectory {

    Recipient.Kind kind();

    /** Empty when the recipient no longer exists (or has withdrawn every way to reach them). */
    Optional<Contact> find(long id);
}
