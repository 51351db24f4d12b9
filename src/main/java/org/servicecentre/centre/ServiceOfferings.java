package org.servicecentre.centre;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceOfferings extends JpaRepository<ServiceOffering, Long> {

    @Query("select o from ServiceOffering o where o.centreId = :centreId order by o.weekday, o.startTime, o.id")
    List<ServiceOffering> ofCentre(long centreId);

    long countByItemId(long itemId);

    /** The active offerings of an item in the centres a caller sees (the four parts of a {@link CentreVisibility}). */
    @Query("""
            select o from ServiceOffering o
            where o.itemId = :itemId and o.active = true
              and o.centreId in (select c.id from Centre c
                    where (:everything = true or c.id in :centreIds
                           or c.regionId in (select r.id from Region r
                                 where :regionPath <> '' and r.path like concat(:regionPath, '%')))
                      and (:activeOnly = false or c.active = true))
            order by o.centreId, o.weekday, o.startTime
            """)
    List<ServiceOffering> ofItem(long itemId, boolean everything, Collection<Long> centreIds, String regionPath,
                                 boolean activeOnly);
}
