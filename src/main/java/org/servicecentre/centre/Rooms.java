package org.servicecentre.centre;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Rooms extends JpaRepository<Room, Long> {

    Optional<Room> findByCentreIdAndCodeIgnoreCase(long centreId, String code);

    Optional<Room> findByDoorToken(String doorToken);

    List<Room> findByCentreIdOrderByCode(long centreId);

    /** Rooms of the centres a caller sees ({@link CentreVisibility}), narrowed by a {@link RoomFilter}. */
    String MATCHING = """
            from Room r join Centre c on c.id = r.centreId
            where (:everything = true or c.id in :visibleIds
                   or c.regionId in (select g.id from Region g where :regionPath <> '' and g.path like concat(:regionPath, '%')))
              and (:activeOnly = false or c.active = true)
              and (:text = '' or lower(r.name) like concat('%', :text, '%') or lower(r.code) like concat('%', :text, '%'))
              and (:centreId is null or r.centreId = :centreId)
              and (:anyCentre = true or r.centreId in :centreIds)
              and (:minCapacity is null or r.capacity >= :minCapacity)
              and (:includeArchived = true or r.active = true)
              and (:amenityCount = 0 or :amenityCount = (select count(distinct a) from Room r2 join r2.amenityIds a
                                                           where r2.id = r.id and a in :amenityIds))
            """;

    @Query("select r " + MATCHING + " order by c.code, r.code")
    List<Room> search(boolean everything, Collection<Long> visibleIds, String regionPath, boolean activeOnly,
                      String text, Long centreId, boolean anyCentre, Collection<Long> centreIds, Integer minCapacity,
                      boolean includeArchived, long amenityCount, Collection<Long> amenityIds, Pageable page);

    @Query("select count(r) " + MATCHING)
    long countMatching(boolean everything, Collection<Long> visibleIds, String regionPath, boolean activeOnly,
                       String text, Long centreId, boolean anyCentre, Collection<Long> centreIds, Integer minCapacity,
                       boolean includeArchived, long amenityCount, Collection<Long> amenityIds);
}
