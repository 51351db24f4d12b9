package org.servicecentre.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs one task per thread, all released at once by a latch, and collects what each returned or threw. Each task
 * signs itself in on its own thread (the security context is thread-local).
 */
public final class BookingRace {

    /** What one racer got: a booking, or the exception that refused it. */
    public record Outcome<T>(int racer, T value, Throwable failure) {

        public boolean won() {
            return failure == null;
        }
    }

    private BookingRace() {
    }

    public static <T> List<Outcome<T>> run(int racers, Function<Integer, T> task) throws InterruptedException {
        var ready = new CountDownLatch(racers);
        var go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(racers)) {
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < racers; i++) {
                int racer = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.apply(racer);
                }));
            }
            if (!ready.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the racers did not line up within 20 s");
            }
            go.countDown();
            var outcomes = new ArrayList<Outcome<T>>();
            for (int i = 0; i < racers; i++) {
                try {
                    outcomes.add(new Outcome<>(i, futures.get(i).get(60, TimeUnit.SECONDS), null));
                } catch (ExecutionException refused) {
                    outcomes.add(new Outcome<>(i, null, refused.getCause()));
                } catch (TimeoutException stuck) {
                    throw new IllegalStateException("racer " + i + " did not finish within 60 s", stuck);
                }
            }
            return outcomes;
        }
    }
}
