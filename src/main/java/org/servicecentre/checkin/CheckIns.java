package org.servicecentre.checkin;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckIns extends JpaRepository<CheckIn, Long> {

    Optional<CheckIn> findByKioskIdAndClientNonce(long kioskId, String clientNonce);
}
