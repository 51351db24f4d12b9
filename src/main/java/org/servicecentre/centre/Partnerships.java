package org.servicecentre.centre;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Partnerships extends JpaRepository<Partnership, Long> {

    boolean existsByOrganisationIdAndCentreId(long organisationId, long centreId);

    boolean existsByOrganisationIdAndAllianceId(long organisationId, long allianceId);

    /**
     * The active centres an organisation may book in: those it is partnered with directly and the members of the
     * active alliances it is partnered with. {@link CentreService} narrows NGO staff's sight with it.
     */
    @Query("""
            select c.id from Centre c
            where c.active = true
              and (c.id in (select p.centreId from Partnership p
                            where p.organisationId = :organisationId and p.centreId is not null)
                   or c.id in (select m from Alliance a join a.centreIds m
                               where a.active = true and a.id in (select p.allianceId from Partnership p
                                   where p.organisationId = :organisationId and p.allianceId is not null)))
            """)
    Set<Long> bookableCentreIds(long organisationId);

    /**
     * The partnerships a caller reaches ({@link AllianceReach}: their organisation's, or those whose centre or
     * alliance touches centres they see), filtered by organisation, centre (directly or through an active alliance)
     * and alliance; -1 means no filter.
     */
    String MATCHING = """
            from Partnership p
            where (:everything = true
                   or p.organisationId = :ownOrganisation
                   or p.centreId in (select c.id from Centre c where c.id in :centreIds
                                     or (:regionPath <> '' and c.regionId in
                                         (select r.id from Region r where r.path like concat(:regionPath, '%'))))
                   or p.allianceId in (select a.id from Alliance a join a.centreIds m where m in
                                       (select c.id from Centre c where c.id in :centreIds
                                        or (:regionPath <> '' and c.regionId in
                                            (select r.id from Region r where r.path like concat(:regionPath, '%'))))))
              and (:organisationId = -1 or p.organisationId = :organisationId)
              and (:centreId = -1 or p.centreId = :centreId
                   or p.allianceId in (select a.id from Alliance a join a.centreIds m
                                       where m = :centreId and a.active = true))
              and (:allianceId = -1 or p.allianceId = :allianceId)
            """;

    @Query("select p " + MATCHING + " order by p.createdAt desc, p.id desc")
    List<Partnership> search(boolean everything, Collection<Long> centreIds, String regionPath, long ownOrganisation,
                             long organisationId, long centreId, long allianceId, Pageable page);

    @Query("select count(p) " + MATCHING)
    long countMatching(boolean everything, Collection<Long> centreIds, String regionPath, long ownOrganisation,
                       long organisationId, long centreId, long allianceId);
}
