package org.servicecentre.programme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions with their counts for the occupancy checks, system-level (no caller scope: scheduled jobs call it; it
 * returns counts and ids, no personal data): the sessions held in given bookings, and the scheduled sessions in rooms
 * starting in a window.
 */
@Service
@Transactional(readOnly = true)
public class SessionLoads {

    @PersistenceContext
    private EntityManager entityManager;

    private final Programmes programmes;
    private final SessionSummaries summaries;

    SessionLoads(Programmes programmes, SessionSummaries summaries) {
        this.programmes = programmes;
        this.summaries = summaries;
    }

    /** The sessions held in these bookings (at most one each), cancelled ones included. */
    public List<SessionLoad> ofBookings(Collection<Long> bookingIds) {
        if (bookingIds.isEmpty()) {
            return List.of();
        }
        return loads(entityManager.createQuery("select s from ProgrammeSession s where s.bookingId in :ids "
                + "order by s.start, s.id", ProgrammeSession.class).setParameter("ids", bookingIds).getResultList());
    }

    /** Scheduled sessions held in a booked room and starting in [from, to), earliest first. */
    public List<SessionLoad> inRoomsStarting(Instant from, Instant to, int limit) {
        return loads(entityManager.createQuery("select s from ProgrammeSession s where s.bookingId is not null "
                        + "and s.status = :scheduled and s.start >= :from and s.start < :to order by s.start, s.id",
                        ProgrammeSession.class).setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList());
    }

    private List<SessionLoad> loads(List<ProgrammeSession> sessions) {
        var byProgramme = new LinkedHashMap<Long, List<ProgrammeSession>>();
        sessions.forEach(s -> byProgramme.computeIfAbsent(s.programmeId(), k -> new ArrayList<>()).add(s));
        var loads = new ArrayList<SessionLoad>();
        programmes.findAllById(byProgramme.keySet()).forEach(programme -> summaries.of(programme,
                byProgramme.get(programme.id())).forEach(summary -> loads.add(new SessionLoad(summary,
                programme.organisationId(), programme.mode()))));
        loads.sort(java.util.Comparator.comparing((SessionLoad l) -> l.session().start())
                .thenComparing(l -> l.session().id()));
        return loads;
    }
}
