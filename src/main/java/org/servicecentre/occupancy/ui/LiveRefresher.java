package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.servicecentre.booking.BookingStatusChanged;
import org.servicecentre.occupancy.LiveCentre;
import org.servicecentre.occupancy.LiveOccupancy;
import org.servicecentre.programme.AttendanceChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps every open live view current with server push: ONE scheduled thread for the whole application reads each
 * watched centre as its watcher (their own sign-in, so scope checks hold) every few seconds, and at once when a booking
 * of that centre changes (or, a second later, when attendance is recorded), then hands the snapshot to the view's UI with {@code ui.access}. Views register when they
 * are attached and leave when they are detached (or their UI is gone), so nothing leaks with closed tabs.
 */
@Component
class LiveRefresher {

    private static final Logger log = LoggerFactory.getLogger(LiveRefresher.class);

    /** A watching view, its UI and the sign-in it reads with. */
    record Watch(UI ui, Authentication authentication) {
    }

    private final LiveOccupancy live;
    private final Clock clock;
    private final Map<LiveView, Watch> watches = new ConcurrentHashMap<>();
    private final AtomicBoolean attendancePending = new AtomicBoolean();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "live-view-refresh");
        thread.setDaemon(true);
        return thread;
    });

    LiveRefresher(LiveOccupancy live, Clock clock,
                  @Value("${servicecentre.live.refresh-seconds:12}") long seconds) {
        this.live = live;
        this.clock = clock;
        executor.scheduleWithFixedDelay(this::refreshAllSafely, seconds, seconds, TimeUnit.SECONDS);
    }

    void watch(LiveView view, UI ui) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null) {
            watches.put(view, new Watch(ui, authentication));
        }
    }

    void leave(LiveView view) {
        watches.remove(view);
    }

    int watching() {
        return watches.size();
    }

    /** Reads every watched centre and pushes it to its view (the scheduled thread runs this; tests call it). */
    void refreshAll() {
        watches.forEach((view, watch) -> refresh(view, watch, null));
    }

    /** A booking changed: its centre's watchers are refreshed now, once the change is committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(BookingStatusChanged changed) {
        executor.execute(() -> watches.forEach((view, watch) -> refresh(view, watch, changed.centreId())));
    }

    /**
     * Someone checked in to (or was ticked for) a session: every view is refreshed a second later, once for a burst of
     * scans (the event names the session only, and a live view is cheap to read).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AttendanceChanged changed) {
        if (attendancePending.compareAndSet(false, true)) {
            executor.schedule(() -> {
                attendancePending.set(false);
                refreshAllSafely();
            }, 1, TimeUnit.SECONDS);
        }
    }

    private void refreshAllSafely() {
        try {
            refreshAll();
        } catch (RuntimeException e) {
            log.warn("Live view refresh failed", e);
        }
    }

    private void refresh(LiveView view, Watch watch, Long onlyCentre) {
        var centre = view.centreId();
        if (centre == null || onlyCentre != null && !onlyCentre.equals(centre)) {
            return;
        }
        if (watch.ui().isClosing()) {
            watches.remove(view);
            return;
        }
        LiveCentre snapshot;
        var before = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(watch.authentication());
        SecurityContextHolder.setContext(context);
        try {
            snapshot = live.centre(centre, clock.instant());
        } catch (RuntimeException e) {
            log.debug("Live view of centre {} not refreshed: {}", centre, e.toString());
            return;
        } finally {
            SecurityContextHolder.setContext(before);
        }
        try {
            watch.ui().access(() -> view.show(snapshot));
        } catch (UIDetachedException gone) {
            watches.remove(view);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        watches.clear();
    }
}
