package org.servicecentre.booking;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeeds extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByTokenHash(String tokenHash);

    List<CalendarFeed> findByCreatedByOrderByCreatedAtDesc(String createdBy);
}
