package org.servicecentre.occupancy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.Place;
import org.servicecentre.centre.RoomService;
import org.servicecentre.notification.NotificationMessage;
import org.servicecentre.notification.NotificationRequest;
import org.servicecentre.notification.Outbox;
import org.servicecentre.notification.Recipient;
import org.servicecentre.security.AccountContact;
import org.servicecentre.security.AccountDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a proposal once per subject and kind and, in the same transaction, tells the organisation's staff (and,
 * except for an empty session, which is the organisation's own affair, the centre's managers) through the outbox:
 * not essential, linking to {@code /proposals/<id>}, stale once the proposal expires.
 */
@Component
class ProposalWriter {

    static final String KIND = "usage-proposal";

    private final Proposals proposals;
    private final Outbox outbox;
    private final AccountDirectory directory;
    private final RoomService rooms;
    private final Clock clock;

    ProposalWriter(Proposals proposals, Outbox outbox, AccountDirectory directory, RoomService rooms, Clock clock) {
        this.proposals = proposals;
        this.outbox = outbox;
        this.directory = directory;
        this.rooms = rooms;
        this.clock = clock;
    }

    /** Stores and tells the proposal unless one of its subject and kind exists; the stored one, if new. */
    @Transactional
    Optional<UsageProposal> propose(UsageProposal proposal, Long roomId) {
        if (proposals.findBySubjectAndKind(proposal.subject(), proposal.kind()).isPresent()) {
            return Optional.empty();
        }
        var saved = proposals.saveAndFlush(proposal);
        tell(saved, roomId);
        return Optional.of(saved);
    }

    /** Expires the open proposals whose subject has passed; how many. */
    @Transactional
    int expire(java.time.Instant now) {
        return proposals.expireDue(now);
    }

    private void tell(UsageProposal proposal, Long roomId) {
        var place = roomId == null ? null : rooms.places(List.of(roomId)).get(roomId);
        var zone = place == null ? CentreDraft.DEFAULT_ZONE : place.zone();
        var message = message(proposal, placeName(place), OccupancyTimes.range(proposal.start(), proposal.end(), zone));
        var requests = new ArrayList<NotificationRequest>();
        for (var contact : recipients(proposal)) {
            requests.add(new NotificationRequest(KIND + ":" + proposal.id() + ":account:" + contact.id(), KIND,
                    Recipient.account(contact.id()), clock.instant(), proposal.expiresAt(), false,
                    "/proposals/" + proposal.id(), message));
        }
        outbox.scheduleAll(requests);
    }

    private List<AccountContact> recipients(UsageProposal proposal) {
        var found = new LinkedHashMap<Long, AccountContact>();
        directory.staffOf(proposal.organisationId()).forEach(c -> found.putIfAbsent(c.id(), c));
        if (proposal.kind() != ProposalKind.RELEASE_EMPTY_SESSION) {
            directory.managersOf(proposal.centreId()).forEach(c -> found.putIfAbsent(c.id(), c));
        }
        return List.copyOf(found.values());
    }

    private static NotificationMessage message(UsageProposal p, String place, String when) {
        return switch (p.kind()) {
            case CANCEL_REST_OF_SERIES -> NotificationMessage.of("notify.proposal-series", p.title(), place,
                    p.streak(), when);
            case RELEASE_EMPTY_SESSION -> NotificationMessage.of("notify.proposal-empty", p.title(), place, when);
            case MOVE_TO_LARGER_ROOM -> NotificationMessage.of("notify.proposal-move", p.title(), place, when,
                    p.registered(), p.waitlisted(), p.wantedPlaces(), p.roomIds().size());
        };
    }

    static String placeName(Place place) {
        if (place == null) {
            return "";
        }
        return place.roomName() == null ? place.centreName() : place.centreName() + " · " + place.roomName();
    }
}
