package org.servicecentre.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Organisations extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByCodeIgnoreCase(String code);

    String MATCHING = """
            from Organisation o
            where (:everything = true or o.id = :organisationId or o.regionId in :regionIds)
              and (:text = '' or lower(o.name) like concat('%', :text, '%') or lower(o.code) like concat('%', :text, '%'))
              and (:kind is null or o.kind = :kind)
            """;

    @Query("select o " + MATCHING + " order by o.code")
    List<Organisation> search(boolean everything, long organisationId, Collection<Long> regionIds, String text,
                              OrganisationKind kind, Pageable page);

    @Query("select count(o) " + MATCHING)
    long countMatching(boolean everything, long organisationId, Collection<Long> regionIds, String text,
                       OrganisationKind kind);
}
