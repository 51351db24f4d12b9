package org.servicecentre.centre;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Centres extends JpaRepository<Centre, Long> {

    Optional<Centre> findByCodeIgnoreCase(String code);

    String MATCHING = """
            from Centre c
            where (:everything = true or c.id in :centreIds
                   or c.regionId in (select r.id from Region r where :regionPath <> '' and r.path like concat(:regionPath, '%')))
              and (:text = '' or lower(c.name) like concat('%', :text, '%') or lower(c.code) like concat('%', :text, '%'))
              and (:level is null or c.level = :level)
              and (:activeOnly = false or c.active = true)
            """;

    @Query("select c " + MATCHING + " order by c.code")
    List<Centre> search(boolean everything, Collection<Long> centreIds, String regionPath, String text,
                        CentreLevel level, boolean activeOnly, Pageable page);

    @Query("select count(c) " + MATCHING)
    long countMatching(boolean everything, Collection<Long> centreIds, String regionPath, String text,
                       CentreLevel level, boolean activeOnly);

    @Query("select c.id " + MATCHING)
    List<Long> idsMatching(boolean everything, Collection<Long> centreIds, String regionPath, String text,
                           CentreLevel level, boolean activeOnly);
}
