package org.servicecentre.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Satisfaction scores, and their counts for a centre over a time range [from, to). */
interface Feedbacks extends JpaRepository<Feedback, Long> {

    Optional<Feedback> findByKioskIdAndClientNonce(long kioskId, String clientNonce);

    /** Rows of (score, count). */
    @Query("""
            select f.score, count(f) from Feedback f
            where f.centreId = :centre and f.givenAt >= :from and f.givenAt < :to
            group by f.score""")
    List<Object[]> countByScore(@Param("centre") long centreId, @Param("from") Instant from, @Param("to") Instant to);

    /** Rows of (tag, count). */
    @Query("""
            select t, count(f) from Feedback f join f.tags t
            where f.centreId = :centre and f.givenAt >= :from and f.givenAt < :to
            group by t""")
    List<Object[]> countByTag(@Param("centre") long centreId, @Param("from") Instant from, @Param("to") Instant to);

    /** Rows of (session id, count, sum of scores) for the scores given about a session. */
    @Query("""
            select f.sessionId, count(f), sum(f.score) from Feedback f
            where f.centreId = :centre and f.givenAt >= :from and f.givenAt < :to and f.sessionId is not null
            group by f.sessionId""")
    List<Object[]> countBySession(@Param("centre") long centreId, @Param("from") Instant from,
                                  @Param("to") Instant to);
}
