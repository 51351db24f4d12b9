package org.servicecentre.centre;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HoursExceptions extends JpaRepository<HoursException, Long> {

    Optional<HoursException> findByCentreIdAndDate(long centreId, LocalDate date);

    @Query("select e from HoursException e where e.centreId = :centreId and e.date between :from and :to order by e.date")
    List<HoursException> between(long centreId, LocalDate from, LocalDate to);

    @Query("select e from HoursException e where e.centreId in :centreIds and e.date between :from and :to order by e.date")
    List<HoursException> betweenIn(java.util.Collection<Long> centreIds, LocalDate from, LocalDate to);

    @Query("select e from HoursException e where e.centreId = :centreId and e.date >= :today order by e.date")
    List<HoursException> upcoming(long centreId, LocalDate today);

    @Query("select e from HoursException e where e.centreId = :centreId and e.date < :today order by e.date desc")
    List<HoursException> past(long centreId, LocalDate today);
}
