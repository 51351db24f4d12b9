package org.servicecentre.programme;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProgrammeSessions extends org.springframework.data.jpa.repository.JpaRepository<ProgrammeSession, Long> {

    List<ProgrammeSession> findByProgrammeIdOrderByStartAscIdAsc(long programmeId);

    Optional<ProgrammeSession> findByBookingId(long bookingId);

    @Query("""
            select count(s) from ProgrammeSession s where s.programmeId = :programmeId
              and s.status = org.servicecentre.programme.SessionStatus.SCHEDULED and s.end > :now""")
    long countUpcoming(@Param("programmeId") long programmeId, @Param("now") Instant now);

    @Query("""
            select s from ProgrammeSession s where s.programmeId = :programmeId
              and s.status = org.servicecentre.programme.SessionStatus.SCHEDULED and s.end > :now
            order by s.start, s.id""")
    List<ProgrammeSession> upcoming(@Param("programmeId") long programmeId, @Param("now") Instant now);

    /** Scheduled sessions at a centre overlapping [from, to), for the kiosk's "what is on today". */
    @Query("""
            select s from ProgrammeSession s where s.centreId = :centreId
              and s.status = org.servicecentre.programme.SessionStatus.SCHEDULED
              and s.start < :to and s.end > :from
            order by s.start, s.id""")
    List<ProgrammeSession> atCentre(@Param("centreId") long centreId, @Param("from") Instant from,
                                    @Param("to") Instant to);

    /** Scheduled sessions of an organisation's programmes overlapping [from, to), for its weekly digest. */
    @Query("""
            select s from ProgrammeSession s where s.status = org.servicecentre.programme.SessionStatus.SCHEDULED
              and s.start < :to and s.end > :from
              and s.programmeId in (select p.id from Programme p where p.organisationId = :organisationId)
            order by s.start, s.id""")
    List<ProgrammeSession> ofOrganisation(@Param("organisationId") long organisationId, @Param("from") Instant from,
                                          @Param("to") Instant to);

    /** Scheduled sessions starting in [from, to) with an id above afterId, in id order (batches for the reminders). */
    @Query("""
            select s from ProgrammeSession s
            where s.start >= :from and s.start < :to
              and s.status = org.servicecentre.programme.SessionStatus.SCHEDULED and s.id > :afterId
            order by s.id""")
    List<ProgrammeSession> startingBetween(@Param("from") Instant from, @Param("to") Instant to,
                                           @Param("afterId") long afterId,
                                           org.springframework.data.domain.Pageable page);
}
