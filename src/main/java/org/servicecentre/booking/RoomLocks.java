package org.servicecentre.booking;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Serialises writers of one room where the database cannot refuse overlaps by itself. On H2 the room row is locked
 * ({@code select ... for update}) before the overlap check and the insert, so two nodes on one database queue up;
 * on PostgreSQL nothing is locked, the exclusion constraint {@code booking_no_overlap} has the last word.
 */
@Component
class RoomLocks {

    /** Long enough for dozens of writers of one room to queue behind each other, short enough to fail visibly. */
    private static final int H2_LOCK_TIMEOUT_MILLIS = 20_000;

    @PersistenceContext
    private EntityManager entityManager;

    private final boolean locking;

    RoomLocks(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            locking = !connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** Whether writers queue on the room row, so that a re-check after {@link #lock} is final. */
    boolean serialises() {
        return locking;
    }

    /** Locks the room row until the current transaction ends (no-op where a constraint guards overlaps). */
    void lock(long roomId) {
        if (!locking) {
            return;
        }
        entityManager.createNativeQuery("set lock_timeout " + H2_LOCK_TIMEOUT_MILLIS).executeUpdate();
        entityManager.createNativeQuery("select id from room where id = ?1 for update")
                .setParameter(1, roomId).getResultList();
    }
}
