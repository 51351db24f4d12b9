package org.servicecentre.centre;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WeeklyRanges extends JpaRepository<WeeklyRange, Long> {

    List<WeeklyRange> findByCentreId(long centreId);

    List<WeeklyRange> findByCentreIdIn(java.util.Collection<Long> centreIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from WeeklyRange w where w.centreId = :centreId")
    void deleteByCentre(long centreId);
}
