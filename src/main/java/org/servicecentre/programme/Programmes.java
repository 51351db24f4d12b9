package org.servicecentre.programme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Programmes extends org.springframework.data.jpa.repository.JpaRepository<Programme, Long> {

    Optional<Programme> findByPublicCode(String publicCode);

    /**
     * Programmes matching the text, optionally of one organisation, or (for managers and officers) having a session
     * in one of the given centres; {@code centresApply} false means no centre condition.
     */
    @Query("""
            select p from Programme p
            where (:text = '' or lower(p.title) like concat('%', :text, '%'))
              and (:organisationId is null or p.organisationId = :organisationId)
              and (:archived = true or p.archived = false)
              and (:centresApply = false or exists (select 1 from ProgrammeSession s
                     where s.programmeId = p.id and s.centreId in :centreIds))
            order by p.archived, p.createdAt desc, p.id desc""")
    List<Programme> search(@Param("text") String text, @Param("organisationId") Long organisationId,
                           @Param("archived") boolean archived, @Param("centresApply") boolean centresApply,
                           @Param("centreIds") Collection<Long> centreIds, Pageable page);

    @Query("""
            select count(p) from Programme p
            where (:text = '' or lower(p.title) like concat('%', :text, '%'))
              and (:organisationId is null or p.organisationId = :organisationId)
              and (:archived = true or p.archived = false)
              and (:centresApply = false or exists (select 1 from ProgrammeSession s
                     where s.programmeId = p.id and s.centreId in :centreIds))""")
    long countSearch(@Param("text") String text, @Param("organisationId") Long organisationId,
                     @Param("archived") boolean archived, @Param("centresApply") boolean centresApply,
                     @Param("centreIds") Collection<Long> centreIds);

    /** Public programmes with a scheduled session still to come, soonest first, for the public listing. */
    @Query("""
            select p from Programme p
            where p.visibility = org.servicecentre.programme.ProgrammeVisibility.PUBLIC and p.archived = false
              and exists (select 1 from ProgrammeSession s where s.programmeId = p.id
                     and s.status = org.servicecentre.programme.SessionStatus.SCHEDULED and s.end > :now)
            order by p.id""")
    List<Programme> publicWithUpcomingSessions(@Param("now") java.time.Instant now, Pageable page);

    /** The reminder offsets programmes chose ("1440,120"), each once; programmes with the defaults are not listed. */
    @org.springframework.data.jpa.repository.Query(
            "select distinct p.reminderOffsets from Programme p where p.reminderOffsets is not null and p.archived = false")
    List<String> distinctReminderOffsets();
}
