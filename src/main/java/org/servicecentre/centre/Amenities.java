package org.servicecentre.centre;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Amenities extends JpaRepository<Amenity, Long> {

    Optional<Amenity> findByCodeIgnoreCase(String code);

    List<Amenity> findAllByOrderBySortOrderAscCodeAsc();

    String MATCHING = """
            from Amenity a
            where (:text = '' or lower(a.code) like concat('%', :text, '%') or lower(a.nameZh) like concat('%', :text, '%')
                   or lower(a.nameEn) like concat('%', :text, '%'))
              and (:activeOnly = false or a.active = true)
            """;

    @Query("select a " + MATCHING + " order by a.sortOrder, a.code")
    List<Amenity> search(String text, boolean activeOnly, Pageable page);

    @Query("select count(a) " + MATCHING)
    long countMatching(String text, boolean activeOnly);

    @Query("select count(r) from Room r where :amenityId member of r.amenityIds")
    long countRoomsWith(long amenityId);
}
