package org.servicecentre.programme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Attendances extends org.springframework.data.jpa.repository.JpaRepository<SessionAttendance, Long> {

    List<SessionAttendance> findBySessionId(long sessionId);

    Optional<SessionAttendance> findBySessionIdAndResidentId(long sessionId, long residentId);

    List<SessionAttendance> findByResidentId(long residentId);

    @Query("select a.sessionId, count(a) from SessionAttendance a where a.sessionId in :ids group by a.sessionId")
    List<Object[]> countBySession(@Param("ids") Collection<Long> sessionIds);
}
