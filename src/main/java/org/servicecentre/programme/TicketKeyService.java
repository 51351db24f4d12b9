package org.servicecentre.programme;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' handle on the ticket keys: see them, rotate (a new key signs, the old one still verifies) and retire
 * (the old key's tickets stop verifying, answered as {@link TicketOutcome#UNKNOWN_KEY}).
 */
@Service
@Transactional
public class TicketKeyService {

    private final TicketKeyRing ring;

    TicketKeyService(TicketKeyRing ring) {
        this.ring = ring;
    }

    /** Every key, newest first. Never the key material. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<TicketKeySummary> list() {
        return ring.list();
    }

    /**
     * Makes a new key the one that signs; the previous active key becomes verify-only, so tickets already handed out
     * keep working. With no key yet, this creates the first. Two rotations at the same moment: one of them fails
     * with a conflict and changes nothing.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public TicketKeySummary rotate() {
        return ring.rotate();
    }

    /**
     * Retires a verify-only key: its private half is deleted and the tickets it signed are refused from now on as an
     * unknown key. The active key cannot be retired (TICKET_KEY_ACTIVE: rotate first), nor a retired one again
     * (TICKET_KEY_RETIRED).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public TicketKeySummary retire(String id) {
        return ring.retire(id);
    }
}
