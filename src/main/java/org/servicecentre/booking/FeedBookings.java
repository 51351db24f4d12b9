package org.servicecentre.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads bookings for calendar feeds, which are fetched by calendar apps with a secret link and no signed-in user:
 * so no scope applies here; the feed's token decides what is read. Bookings that freed their room are included
 * when that happened since {@code droppedSince}, so that subscribed calendars remove them.
 */
interface FeedBookings extends Repository<Booking, Long> {

    String WINDOW = """
            and b.start < :to and b.end > :from
              and (b.status in :live or (b.status in :dropped and (b.decidedAt is null or b.decidedAt >= :droppedSince)))
            order by b.start""";

    @Query("select b from Booking b where b.organisationId = :organisationId " + WINDOW)
    List<Booking> ofOrganisation(long organisationId, Instant from, Instant to, Collection<BookingStatus> live,
                                 Collection<BookingStatus> dropped, Instant droppedSince);

    @Query("select b from Booking b where b.roomId = :roomId " + WINDOW)
    List<Booking> ofRoom(long roomId, Instant from, Instant to, Collection<BookingStatus> live,
                         Collection<BookingStatus> dropped, Instant droppedSince);
}
