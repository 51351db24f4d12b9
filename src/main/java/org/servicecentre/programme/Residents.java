package org.servicecentre.programme;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Residents extends org.springframework.data.jpa.repository.JpaRepository<Resident, Long> {

    List<Resident> findByPhoneAndMergedIntoIdIsNullOrderById(String phone);

    /**
     * Residents linked to an organisation (registered in one of its programmes, or entered by its staff); with
     * {@code organisationId} null, every resident. Merged duplicates are left out.
     */
    @Query("""
            select r from Resident r where r.mergedIntoId is null
              and (:organisationId is null or r.createdByOrganisationId = :organisationId
                   or exists (select 1 from Registration g, Programme p where g.residentId = r.id
                              and p.id = g.programmeId and p.organisationId = :organisationId))
            order by r.id desc""")
    List<Resident> linkedTo(@Param("organisationId") Long organisationId, Pageable page);

    @Query("""
            select count(r) from Resident r where r.mergedIntoId is null
              and (:organisationId is null or r.createdByOrganisationId = :organisationId
                   or exists (select 1 from Registration g, Programme p where g.residentId = r.id
                              and p.id = g.programmeId and p.organisationId = :organisationId))""")
    long countLinkedTo(@Param("organisationId") Long organisationId);

    /** Whether the organisation may see this resident unmasked: they registered with it, or its staff entered them. */
    @Query("""
            select count(r) > 0 from Resident r where r.id = :residentId
              and (r.createdByOrganisationId = :organisationId
                   or exists (select 1 from Registration g, Programme p where g.residentId = r.id
                              and p.id = g.programmeId and p.organisationId = :organisationId))""")
    boolean linked(@Param("residentId") long residentId, @Param("organisationId") long organisationId);
}
