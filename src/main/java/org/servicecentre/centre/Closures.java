package org.servicecentre.centre;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Closures extends JpaRepository<Closure, Long> {

    /** Closures of the centre, or of this room (null: whole-centre ones only), that touch [from, to]. */
    @Query("""
            select c from Closure c where c.centreId = :centreId and (c.roomId is null or c.roomId = :roomId)
              and c.firstDay <= :to and c.lastDay >= :from order by c.firstDay""")
    List<Closure> touching(long centreId, Long roomId, LocalDate from, LocalDate to);

    /** Closures of these centres or any of their rooms that touch [from, to]. */
    @Query("""
            select c from Closure c where c.centreId in :centreIds and c.firstDay <= :to and c.lastDay >= :from
            order by c.firstDay""")
    List<Closure> touchingIn(java.util.Collection<Long> centreIds, LocalDate from, LocalDate to);

    /** Closures still running or to come, the next first. */
    @Query("select c from Closure c where c.centreId = :centreId and c.lastDay >= :today order by c.firstDay, c.id")
    List<Closure> upcoming(long centreId, LocalDate today);

    @Query("select c from Closure c where c.centreId = :centreId and c.lastDay < :today order by c.firstDay desc, c.id")
    List<Closure> past(long centreId, LocalDate today);

    /** Closures of single rooms of the centre that touch [from, to]. */
    @Query("""
            select c from Closure c where c.centreId = :centreId and c.roomId is not null
              and c.firstDay <= :to and c.lastDay >= :from""")
    List<Closure> ofRoomsTouching(long centreId, LocalDate from, LocalDate to);
}
