package org.servicecentre.occupancy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicecentre.booking.BookingSeriesService;
import org.servicecentre.booking.BookingUsage;
import org.servicecentre.booking.SeriesScope;
import org.servicecentre.programme.SessionLoads;
import org.servicecentre.programme.SessionService;
import org.servicecentre.security.Scope;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Does what an accepted proposal offers, as the system (the caller's right to decide was checked by
 * {@link UsageProposals}): cancels the series' occurrences still to come, cancels the empty session (which frees its
 * room), or moves the session's booking to the chosen room. The proposal is marked accepted after the change
 * succeeded; a refusal (the room was taken meanwhile, say) leaves it open.
 */
@Component
class ProposalActions {

    private final Proposals proposals;
    private final BookingUsage bookings;
    private final BookingSeriesService series;
    private final SessionService sessions;
    private final SessionLoads loads;
    private final TransactionTemplate transaction;

    ProposalActions(Proposals proposals, BookingUsage bookings, BookingSeriesService series, SessionService sessions,
                    SessionLoads loads, PlatformTransactionManager transactions) {
        this.loads = loads;
        this.proposals = proposals;
        this.bookings = bookings;
        this.series = series;
        this.sessions = sessions;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Accepts the proposal and makes its change in ONE transaction, the proposal first marked accepted (optimistic
     * version check): of two people deciding at once only one acts, and a change that fails leaves it open.
     */
    void accept(long id, Long roomId, String reason, Scope decider, Instant at) {
        asSystemOffTheUiThread(() -> transaction.executeWithoutResult(status -> {
            var proposal = proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal", id));
            if (proposal.state() != ProposalState.OPEN) {
                throw new DomainException("PROPOSAL_NOT_OPEN");
            }
            if (!proposal.expiresAt().isAfter(at)) {
                throw new DomainException("PROPOSAL_EXPIRED");
            }
            proposal.decide(ProposalState.ACCEPTED, roomId, decider.displayName(), at);
            proposals.saveAndFlush(proposal);
            act(proposal, roomId, reason, decider, at);
        }));
    }

    private void act(UsageProposal proposal, Long roomId, String reason, Scope decider, Instant at) {
        switch (proposal.kind()) {
            case CANCEL_REST_OF_SERIES -> {
                var next = bookings.ofSeries(proposal.seriesId()).stream()
                        .filter(b -> b.status().holdsRoom() && b.start().isAfter(at)).findFirst()
                        .orElseThrow(() -> new DomainException("PROPOSAL_NOTHING_LEFT"));
                series.cancel(next.id(), SeriesScope.FOLLOWING, reason);
            }
            case RELEASE_EMPTY_SESSION -> {
                // someone may have registered since the proposal was made: then the session is not cancelled
                var load = loads.ofBookings(List.of(proposal.bookingId())).stream().findFirst();
                if (load.isPresent() && load.get().session().registered() + load.get().session().waitlisted() > 0) {
                    throw new DomainException("PROPOSAL_SESSION_NOT_EMPTY");
                }
                sessions.cancel(proposal.sessionId(), reason);
            }
            case MOVE_TO_LARGER_ROOM -> {
                if (roomId == null || !proposal.roomIds().contains(roomId)) {
                    throw new DomainException("PROPOSAL_ROOM_REQUIRED");
                }
                bookings.moveToRoom(proposal.bookingId(), roomId, decider);
            }
        }
    }

    /**
     * Runs the change as the system on a thread of its own. On a screen's thread Vaadin's security context strategy
     * answers with the signed-in user's context from the Vaadin session whatever {@code asSystem} set, so a manager
     * accepting a move into an alliance centre they do not keep would be refused by the room and centre lookups.
     */
    private static void asSystemOffTheUiThread(Runnable work) {
        var failure = new java.util.concurrent.atomic.AtomicReference<RuntimeException>();
        var thread = Thread.ofVirtual().name("proposal-accept").start(() -> {
            try {
                SystemAuthentication.asSystem(work);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while accepting a proposal", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** The room each proposal's booking holds now, by proposal id. */
    Map<Long, Long> roomsOf(List<UsageProposal> found) {
        var rooms = new HashMap<Long, Long>();
        for (var proposal : found) {
            if (proposal.bookingId() != null) {
                bookings.find(proposal.bookingId()).ifPresent(b -> rooms.put(proposal.id(), b.roomId()));
            }
        }
        return rooms;
    }
}
