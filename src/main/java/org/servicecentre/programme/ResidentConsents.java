package org.servicecentre.programme;

import java.util.List;

interface ResidentConsents extends org.springframework.data.jpa.repository.JpaRepository<ResidentConsent, Long> {

    List<ResidentConsent> findByResidentIdOrderByGivenAtAscIdAsc(long residentId);
}
