package org.servicecentre.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Bookings extends JpaRepository<Booking, Long> {

    /** Bookings that hold the room and whose blocked range overlaps [from, until), except {@code ignoredId}. */
    @Query("""
            select b from Booking b where b.roomId = :roomId and b.status in :holding
              and b.blockedFrom < :until and b.blockedUntil > :from and b.id <> :ignoredId order by b.start""")
    List<Booking> overlapping(long roomId, Instant from, Instant until, long ignoredId,
                              Collection<BookingStatus> holding);

    /** Bookings holding any of these rooms whose blocked range overlaps [from, until): the free-room search. */
    @Query("""
            select b.roomId, b.blockedFrom, b.blockedUntil from Booking b where b.roomId in :roomIds
              and b.status in :holding and b.blockedFrom < :until and b.blockedUntil > :from""")
    List<Object[]> blocking(Collection<Long> roomIds, Instant from, Instant until,
                            Collection<BookingStatus> holding);

    @Query("""
            select b from Booking b where b.centreId = :centreId and b.start < :to and b.end > :from
              and b.status in :statuses order by b.start""")
    List<Booking> ofCentre(long centreId, Instant from, Instant to, Collection<BookingStatus> statuses);

    @Query("""
            select b from Booking b where b.roomId = :roomId and b.start < :to and b.end > :from
              and b.status in :statuses order by b.start""")
    List<Booking> ofRoom(long roomId, Instant from, Instant to, Collection<BookingStatus> statuses);

    /** Minutes an organisation holds at a centre within [from, to), for the weekly quota. */
    @Query("""
            select b from Booking b where b.centreId = :centreId and b.organisationId = :organisationId
              and b.start < :to and b.end > :from and b.status in :holding and b.id <> :ignoredId""")
    List<Booking> ofOrganisationAt(long centreId, long organisationId, Instant from, Instant to, long ignoredId,
                                   Collection<BookingStatus> holding);

    String MATCHING = """
            from Booking b
            where (:allCentres = true or b.centreId in :centreIds)
              and (:organisationId is null or b.organisationId = :organisationId)
              and (:centreId is null or b.centreId = :centreId)
              and (:roomId is null or b.roomId = :roomId)
              and b.status in :statuses
              and (cast(:from as Instant) is null or b.end > :from)
              and (cast(:to as Instant) is null or b.start < :to)
              and (:text = '' or lower(b.purpose) like concat('%', :text, '%'))
            """;

    @Query("select b " + MATCHING + " order by b.start")
    List<Booking> search(boolean allCentres, Collection<Long> centreIds, Long organisationId, Long centreId,
                         Long roomId, Collection<BookingStatus> statuses, Instant from, Instant to, String text,
                         Pageable page);

    @Query("select count(b) " + MATCHING)
    long countMatching(boolean allCentres, Collection<Long> centreIds, Long organisationId, Long centreId,
                       Long roomId, Collection<BookingStatus> statuses, Instant from, Instant to, String text);

    List<Booking> findBySeriesIdOrderByStart(long seriesId);
}
