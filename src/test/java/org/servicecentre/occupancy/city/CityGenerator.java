package org.servicecentre.occupancy.city;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates a synthetic city into a PostgreSQL database that has the project's schema (Flyway migrations applied):
 * {@link CityPlaces} first, then a year of bookings, sessions, registrations and check-ins ({@link CityActivity},
 * {@link ActivityWriter}) with COPY through the JDBC driver's {@code CopyManager}; rows are generated on the calling
 * thread while the previous batch is copied on another. New ids are above the tables' current ids and the identity
 * sequences are moved past them afterwards, so the app can go on inserting. The same scale gives the same rows.
 */
public final class CityGenerator {

    /** What was written and how long it took. */
    public record Result(long placeRows, long bookings, long sessions, long registrations, long checkIns,
            long attendances, long feedback, long feedbackTags, double seconds) {

        public long rows() {
            return placeRows + bookings + sessions + registrations + checkIns + attendances + feedback + feedbackTags;
        }

        public String summary() {
            return String.format(Locale.ROOT, "%,d rows in %.1f s (%,.0f rows/s): %,d bookings, %,d sessions, "
                    + "%,d registrations, %,d check-ins, %,d session attendances, %,d feedback scores (%,d tags), "
                    + "%,d other rows", rows(), seconds, rows() / seconds, bookings, sessions, registrations, checkIns,
                    attendances, feedback, feedbackTags, placeRows);
        }
    }

    private static final String[] SEQUENCED = {"region", "centre", "weekly_range", "hours_exception", "closure",
        "room", "organisation", "partnership", "user_account", "programme", "resident", "booking", "programme_session",
        "registration", "check_in", "alliance", "catalogue_entry", "session_attendance",
        "feedback"};

    private CityGenerator() {
    }

    public static Result generate(String url, String user, String password, CityScale scale) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return generate(connection, scale);
        }
    }

    public static Result generate(Connection connection, CityScale scale) throws Exception {
        return generate(connection, scale, false);
    }

    /**
     * With {@code skipForeignKeyChecks} the session runs with {@code session_replication_role = replica}, so
     * PostgreSQL does not check each copied row's foreign keys (the generator writes them right; needs a superuser).
     * The exclusion constraint, unique and check constraints are still checked.
     */
    public static Result generate(Connection connection, CityScale scale, boolean skipForeignKeyChecks)
            throws Exception {
        long started = System.nanoTime();
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("set synchronous_commit = off");
            if (skipForeignKeyChecks) {
                statement.execute("set local session_replication_role = replica");
            }
            statement.execute("lock table booking in share row exclusive mode");
        }
        var places = new CityPlaces(scale);
        places.readBaseIds(connection);
        long placeRows = places.write(connection);
        var activity = new CityActivity(scale, places);
        long eligible = ActivityWriter.eligibleWeight(activity);
        if (eligible == 0 && scale.checkIns() > 0) {
            throw new IllegalStateException("no booking took place before " + scale.now() + " to check in at");
        }
        long[] counts = new long[7];
        ExecutorService copier = Executors.newSingleThreadExecutor(r -> new Thread(r, "city-copy"));
        Future<?>[] previous = {null};
        try {
            var writer = new ActivityWriter(scale, places, Math.max(1, eligible), batch -> {
                await(previous[0]);
                for (int i = 0; i < batch.length; i++) {
                    counts[i] += batch[i].rows();
                }
                previous[0] = copier.submit(() -> {
                    for (var copy : batch) {
                        copy.run(connection);
                    }
                    return null;
                });
            });
            activity.walk(writer);
            writer.flush();
            await(previous[0]);
        } finally {
            copier.shutdownNow();
        }
        try (var statement = connection.createStatement()) {
            for (String table : SEQUENCED) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(select greatest(coalesce(max(id), 0), 1) from " + table + "))");
            }
        }
        connection.commit();
        try (var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("analyze");
        }
        return new Result(placeRows, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6],
                (System.nanoTime() - started) / 1e9);
    }

    private static void await(Future<?> future) {
        if (future == null) {
            return;
        }
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("COPY failed", e.getCause());
        }
    }
}
