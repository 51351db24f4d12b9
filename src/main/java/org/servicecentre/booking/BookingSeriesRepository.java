package org.servicecentre.booking;

import org.springframework.data.jpa.repository.JpaRepository;

interface BookingSeriesRepository extends JpaRepository<BookingSeries, Long> {
}
