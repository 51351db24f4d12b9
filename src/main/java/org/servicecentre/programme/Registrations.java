package org.servicecentre.programme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Registrations extends org.springframework.data.jpa.repository.JpaRepository<Registration, Long> {

    Optional<Registration> findByManageTokenHash(String hash);

    List<Registration> findByResidentId(long residentId);

    boolean existsByProgrammeId(long programmeId);

    /** Registrations for one session (or, with sessionId null, for the whole programme) in one state, in order. */
    @Query("""
            select r from Registration r where r.programmeId = :programmeId
              and ((:sessionId is null and r.sessionId is null) or r.sessionId = :sessionId)
              and r.status = :status order by r.id""")
    List<Registration> inState(@Param("programmeId") long programmeId, @Param("sessionId") Long sessionId,
                               @Param("status") RegistrationStatus status);

    @Query("""
            select count(r) from Registration r where r.programmeId = :programmeId
              and ((:sessionId is null and r.sessionId is null) or r.sessionId = :sessionId)
              and r.status = :status""")
    long countInState(@Param("programmeId") long programmeId, @Param("sessionId") Long sessionId,
                      @Param("status") RegistrationStatus status);

    @Query("""
            select count(r) > 0 from Registration r where r.programmeId = :programmeId
              and ((:sessionId is null and r.sessionId is null) or r.sessionId = :sessionId)
              and r.residentId = :residentId
              and r.status <> org.servicecentre.programme.RegistrationStatus.CANCELLED""")
    boolean holds(@Param("programmeId") long programmeId, @Param("sessionId") Long sessionId,
                  @Param("residentId") long residentId);

    /** Counts per session and state of a programme's per-session registrations: rows of [sessionId, status, count]. */
    @Query("""
            select r.sessionId, r.status, count(r) from Registration r
            where r.sessionId in :sessionIds group by r.sessionId, r.status""")
    List<Object[]> countsBySession(@Param("sessionIds") Collection<Long> sessionIds);

    /** Active registrations that admit to a session: its own, or the programme's whole-programme ones. */
    @Query("""
            select r from Registration r where r.programmeId = :programmeId
              and (r.sessionId = :sessionId or r.sessionId is null)
              and r.status <> org.servicecentre.programme.RegistrationStatus.CANCELLED
            order by r.status, r.id""")
    List<Registration> admittingTo(@Param("programmeId") long programmeId, @Param("sessionId") long sessionId);

    List<Registration> findBySessionIdInAndStatusOrderById(Collection<Long> sessionIds, RegistrationStatus status);

    List<Registration> findByProgrammeIdInAndSessionIdIsNullAndStatusOrderById(Collection<Long> programmeIds,
                                                                               RegistrationStatus status);
}
