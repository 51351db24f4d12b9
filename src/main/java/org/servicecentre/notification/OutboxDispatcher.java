package org.servicecentre.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends what is due: claims a batch, sends each message on its channel and records the result, batch after batch
 * until nothing is due or the run's time budget is spent. A message past its stale time is dropped with the reason
 * logged; a non-essential one to a recipient who has since opted out is dropped; a failure is retried with backoff
 * until the last attempt, then the message is DEAD. When the node stops mid-batch, what it had not sent is given back.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxClaims claims;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final Outbox outbox;
    private final NotificationSettings settings;
    private volatile boolean stopping;

    OutboxDispatcher(OutboxClaims claims, List<ChannelSender> senders, Outbox outbox, NotificationSettings settings) {
        this.claims = claims;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.outbox = outbox;
        this.settings = settings;
    }

    /** Sends everything due by the clock's now, within the run budget; returns what happened. */
    DispatchReport dispatchDue(Clock clock) {
        Instant started = clock.instant();
        Instant deadline = started.plus(settings.runBudget());
        var report = DispatchReport.EMPTY;
        while (!stopping()) {
            Instant now = clock.instant();
            var batch = claims.claim(settings.node(), now, now.plus(settings.lease()), settings.batchSize());
            if (batch.isEmpty()) {
                break;
            }
            report = report.plus(send(batch, clock));
            if (batch.size() < settings.batchSize()) {
                break;
            }
            if (!clock.instant().isBefore(deadline)) {
                report = report.unfinished();
                break;
            }
        }
        if (stopping()) {
            int released = claims.release(settings.node());
            log.info("Stopping: gave back {} claimed notifications", released);
            report = report.plus(new DispatchReport(0, 0, 0, released));
        }
        return report;
    }

    DispatchReport send(List<OutboxMessage> batch, Clock clock) {
        int sent = 0;
        int failed = 0;
        int dropped = 0;
        var optedOut = new HashMap<Recipient, Boolean>();
        for (OutboxMessage message : batch) {
            if (stopping()) {
                break;
            }
            Instant now = clock.instant();
            if (message.staleAt() != null && now.isAfter(message.staleAt())) {
                String reason = "stale: due " + message.dueAt() + ", useful until " + message.staleAt()
                        + ", dispatched " + now;
                log.warn("Dropping notification {} ({}): {}", message.id(), message.key(), reason);
                claims.dropped(message.id(), settings.node(), reason);
                dropped++;
                continue;
            }
            if (!message.essential() && hasOptedOut(message, optedOut)) {
                claims.dropped(message.id(), settings.node(), "recipient opted out of non-essential messages");
                dropped++;
                continue;
            }
            try {
                senders.get(message.channel()).send(message);
                if (!claims.sent(message.id(), settings.node(), clock.instant())) {
                    log.warn("Notification {} was sent but its claim had expired and another node took it over",
                            message.id());
                }
                sent++;
            } catch (Exception e) {
                int attempts = message.attempts() + 1;
                boolean dead = attempts >= settings.maxAttempts();
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                log.warn("Notification {} ({}) attempt {} failed{}: {}", message.id(), message.channel(), attempts,
                        dead ? ", no attempt left" : "", error);
                claims.failed(message.id(), settings.node(), error, clock.instant().plus(settings.retryAfter(attempts)),
                        dead);
                failed++;
            }
        }
        return new DispatchReport(sent, failed, dropped, 0);
    }

    /** The application is shutting down (or the thread was interrupted): finish the message at hand, give back the rest. */
    void stop() {
        stopping = true;
    }

    private boolean stopping() {
        return stopping || Thread.currentThread().isInterrupted();
    }

    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    void onShutdown() {
        stop();
    }

    private boolean hasOptedOut(OutboxMessage message, Map<Recipient, Boolean> known) {
        Recipient recipient = message.accountId() != null ? Recipient.account(message.accountId())
                : message.residentId() != null ? Recipient.resident(message.residentId()) : null;
        if (recipient == null) {
            return false;
        }
        return known.computeIfAbsent(recipient, r -> {
            Optional<Contact> contact = outbox.contactOf(r);
            return contact.isPresent() && !contact.get().optionalMessages();
        });
    }

    /**
     * What a run did; {@code released}: claimed rows given back because the node was stopping; {@code more}: the run
     * spent its time budget with messages still due.
     */
    record DispatchReport(int sent, int failed, int dropped, int released, boolean more) {

        static final DispatchReport EMPTY = new DispatchReport(0, 0, 0, 0, false);

        DispatchReport(int sent, int failed, int dropped, int released) {
            this(sent, failed, dropped, released, false);
        }

        DispatchReport plus(DispatchReport other) {
            return new DispatchReport(sent + other.sent, failed + other.failed, dropped + other.dropped,
                    released + other.released, more || other.more);
        }

        DispatchReport unfinished() {
            return new DispatchReport(sent, failed, dropped, released, true);
        }

        @Override
        public String toString() {
            return "sent " + sent + ", failed " + failed + ", dropped " + dropped
                    + (released > 0 ? ", gave back " + released : "") + (more ? ", more due" : "");
        }
    }
}
