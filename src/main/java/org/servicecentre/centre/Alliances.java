package org.servicecentre.centre;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Alliances extends JpaRepository<Alliance, Long> {

    Optional<Alliance> findByCodeIgnoreCase(String code);

    /** The alliances a caller reaches ({@link AllianceReach}), filtered by text in name or code. */
    String MATCHING = """
            from Alliance a
            where (:everything = true
                   or a.id in (select p.allianceId from Partnership p where p.organisationId = :organisationId)
                   or a.id in (select a2.id from Alliance a2 join a2.centreIds m
                               where m in :centreIds
                                  or m in (select c.id from Centre c where :regionPath <> '' and c.regionId in
                                           (select r.id from Region r where r.path like concat(:regionPath, '%')))))
              and (:text = '' or lower(a.name) like concat('%', :text, '%') or lower(a.code) like concat('%', :text, '%'))
              and (:activeOnly = false or a.active = true)
            """;

    @Query("select a " + MATCHING + " order by a.code")
    List<Alliance> search(boolean everything, Collection<Long> centreIds, String regionPath, long organisationId,
                          boolean activeOnly, String text, Pageable page);

    @Query("select count(a) " + MATCHING)
    long countMatching(boolean everything, Collection<Long> centreIds, String regionPath, long organisationId,
                       boolean activeOnly, String text);

    @Query("select count(a) " + MATCHING + " and a.id = :id")
    long countReaching(boolean everything, Collection<Long> centreIds, String regionPath, long organisationId,
                       boolean activeOnly, String text, long id);

    @Query("select distinct a from Alliance a join a.centreIds m where m = :centreId order by a.code")
    List<Alliance> containing(long centreId);
}
