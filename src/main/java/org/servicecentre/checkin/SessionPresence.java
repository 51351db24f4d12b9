package org.servicecentre.checkin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether anyone checked in at the kiosk for sessions, for the no-show release and the occupancy checks.
 * System-level: it answers with session ids only, never who came.
 */
@Service
@Transactional(readOnly = true)
public class SessionPresence {

    @PersistenceContext
    private EntityManager entityManager;

    /** The sessions among these with at least one check-in. */
    public Set<Long> withCheckIns(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery("""
                        select distinct c.sessionId from CheckIn c where c.sessionId in :ids
                          and c.outcome = org.servicecentre.checkin.KioskOutcome.CHECKED_IN""", Long.class)
                .setParameter("ids", sessionIds).getResultList());
    }
}
