package org.servicecentre.centre;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Regions extends JpaRepository<Region, Long> {

    Optional<Region> findByCodeIgnoreCase(String code);

    List<Region> findByPathStartingWith(String pathPrefix);

    @Query("""
            select r from Region r
            where (:text = '' or lower(r.name) like concat('%', :text, '%') or lower(r.code) like concat('%', :text, '%'))
              and (:level is null or r.level = :level)
              and (:pathPrefix = '' or r.path like concat(:pathPrefix, '%'))
            order by r.path
            """)
    List<Region> search(String text, RegionLevel level, String pathPrefix, Pageable page);

    @Query("""
            select count(r) from Region r
            where (:text = '' or lower(r.name) like concat('%', :text, '%') or lower(r.code) like concat('%', :text, '%'))
              and (:level is null or r.level = :level)
              and (:pathPrefix = '' or r.path like concat(:pathPrefix, '%'))
            """)
    long countMatching(String text, RegionLevel level, String pathPrefix);
}
