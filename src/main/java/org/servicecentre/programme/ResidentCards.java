package org.servicecentre.programme;

import java.util.List;

interface ResidentCards extends org.springframework.data.jpa.repository.JpaRepository<ResidentCard, Long> {

    List<ResidentCard> findByResidentIdOrderByIdDesc(long residentId);
}
