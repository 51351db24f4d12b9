package org.servicecentre.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CheckIns extends JpaRepository<CheckIn, Long> {

    Optional<CheckIn> findByKioskIdAndClientNonce(long kioskId, String clientNonce);

    /** Residents checked in for the session and not (yet) checked out. */
    long countBySessionIdAndOutcomeAndCheckedOutAtIsNull(long sessionId, KioskOutcome outcome);

    /** The visit of a resident to a session: their first check-in to it. */
    Optional<CheckIn> findFirstBySessionIdAndResidentIdAndOutcomeOrderByScannedAtAsc(long sessionId, long residentId,
                                                                                     KioskOutcome outcome);

    /** A resident's visits at the centre begun in [from, to) and still open, latest first. */
    @Query("""
            select c from CheckIn c where c.residentId = :residentId and c.centreId = :centreId
              and c.outcome = org.servicecentre.checkin.KioskOutcome.CHECKED_IN and c.checkedOutAt is null
              and c.scannedAt >= :from and c.scannedAt < :to order by c.scannedAt desc""")
    List<CheckIn> openVisits(long residentId, long centreId, Instant from, Instant to);

    /** Visits anywhere begun before {@code before} and still open, oldest first: those the closing time may end. */
    @Query("""
            select c from CheckIn c where c.outcome = org.servicecentre.checkin.KioskOutcome.CHECKED_IN
              and c.checkedOutAt is null and c.scannedAt < :before order by c.scannedAt, c.id""")
    List<CheckIn> openBefore(Instant before, Limit limit);

    /** Closes a visit unless someone closed it first; 1 when this call closed it. */
    @Modifying
    @Query("""
            update CheckIn c set c.checkedOutAt = :at, c.autoClosed = :automatic
            where c.id = :id and c.checkedOutAt is null""")
    int close(long id, Instant at, boolean automatic);
}
