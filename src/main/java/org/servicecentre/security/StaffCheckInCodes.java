package org.servicecentre.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffCheckInCodes extends JpaRepository<StaffCheckInCode, Long> {

    Optional<StaffCheckInCode> findByUserId(long userId);

    Optional<StaffCheckInCode> findByCodeHash(String codeHash);
}
