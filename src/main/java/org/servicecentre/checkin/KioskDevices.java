package org.servicecentre.checkin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Kiosk devices. */
interface KioskDevices extends JpaRepository<KioskDevice, Long> {

    boolean existsByCode(String code);

    List<KioskDevice> findByPairingCodeHash(String pairingCodeHash);

    Optional<KioskDevice> findByTokenHash(String tokenHash);

    List<KioskDevice> findByCentreIdInOrderByCodeAsc(Collection<Long> centreIds);

    List<KioskDevice> findAllByOrderByCodeAsc();
}
