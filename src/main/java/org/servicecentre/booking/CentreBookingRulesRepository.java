package org.servicecentre.booking;

import org.springframework.data.jpa.repository.JpaRepository;

interface CentreBookingRulesRepository extends JpaRepository<CentreBookingRules, Long> {
}
