package org.servicecentre.programme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Serialises everyone taking or giving back places of one session (or of a whole programme): the row is locked
 * with {@code select ... for update} until the transaction ends, on H2 and PostgreSQL alike, so that counting the
 * free places and writing the registration cannot interleave — also across several app nodes on one database.
 */
@Component
class PlaceLocks {

    /** Long enough for a crowd signing up for the last places to queue, short enough to fail visibly. */
    private static final int H2_LOCK_TIMEOUT_MILLIS = 20_000;

    @PersistenceContext
    private EntityManager entityManager;

    private final boolean h2;

    PlaceLocks(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            h2 = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
        }
    }

    /** Locks the session's row, or the programme's when places are counted for the whole programme. */
    void lock(long programmeId, Long sessionId) {
        if (h2) {
            entityManager.createNativeQuery("set lock_timeout " + H2_LOCK_TIMEOUT_MILLIS).executeUpdate();
        }
        var sql = sessionId == null ? "select id from programme where id = ?1 for update"
                : "select id from programme_session where id = ?1 for update";
        entityManager.createNativeQuery(sql).setParameter(1, sessionId == null ? programmeId : sessionId)
                .getResultList();
    }
}
