package org.servicecentre.programme;

import java.util.Optional;
import org.servicecentre.notification.Contact;
import org.servicecentre.notification.ContactDirectory;
import org.servicecentre.notification.Recipient;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.Masking;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the notifications reach a resident: by SMS to the phone number they agreed to leave (none: nothing is sent), in
 * their language, greeted by their masked name, and without reminders when they turned them off on their ticket page.
 * A merged duplicate is reached as the resident it was merged into. Residents have no inbox and no e-mail.
 */
@Component
class ResidentContacts implements ContactDirectory {

    private final Residents residents;

    ResidentContacts(Residents residents) {
        this.residents = residents;
    }

    @Override
    public Recipient.Kind kind() {
        return Recipient.Kind.RESIDENT;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Contact> find(long id) {
        var resident = residents.findById(id);
        if (resident.isPresent() && resident.get().mergedIntoId() != null) {
            resident = residents.findById(resident.get().mergedIntoId());
        }
        return resident.map(r -> new Contact(Masking.name(r.displayName()), null, r.phone(),
                Languages.closest(r.language()), !r.remindersOptOut(), false));
    }
}
