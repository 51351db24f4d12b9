package org.servicecentre.occupancy.ui;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs report generation off the UI threads, two at a time at most (a district's report takes seconds and the
 * servers are small), as the user who asked: their security context travels with the work.
 */
@Component
class ReportRunner {

    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, work -> {
        var thread = new Thread(work, "work-report-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    void run(Runnable work) {
        var context = SecurityContextHolder.getContext();
        executor.submit(() -> {
            SecurityContextHolder.setContext(context);
            try {
                work.run();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
