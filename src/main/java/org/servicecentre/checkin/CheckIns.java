package org.servicecentre.checkin;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckIns extends JpaRepository<CheckIn, Long> {

    Optional<CheckIn> findByKioskIdAndClientNonce(long kioskId, String clientNonce);

    /** Residents checked in for the session and not (yet) checked out. */
    long countBySessionIdAndOutcomeAndCheckedOutAtIsNull(long sessionId, KioskOutcome outcome);
}
