package org.servicecentre.programme;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the ticket code's questions from the registrations and cards: a ticket is only good while its registration
 * holds a place (waitlisted or cancelled read as revoked) and for the sessions still scheduled.
 */
@Component
class TicketSubjectRecords implements TicketSubjects {

    /** A ticket stays valid for a while after its last session, for a late check-out or a session running over. */
    static final Duration GRACE = Duration.ofHours(12);
    /** Personal cards are printed and kept in a wallet for years. */
    static final Duration CARD_LIFE = Duration.ofDays(3 * 366);

    private final Registrations registrations;
    private final ProgrammeSessions sessions;
    private final ResidentCards cards;
    private final CentreService centres;

    TicketSubjectRecords(Registrations registrations, ProgrammeSessions sessions, ResidentCards cards,
                         CentreService centres) {
        this.registrations = registrations;
        this.sessions = sessions;
        this.cards = cards;
        this.centres = centres;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Subject> registration(long registrationId) {
        return registrations.findById(registrationId).map(r -> {
            var held = (r.sessionId() == null ? sessions.findByProgrammeIdOrderByStartAscIdAsc(r.programmeId())
                    : sessions.findById(r.sessionId()).stream().toList()).stream()
                    .filter(s -> s.status() == SessionStatus.SCHEDULED).toList();
            var places = centres.places(held.stream().map(ProgrammeSession::centreId).filter(Objects::nonNull)
                    .distinct().toList());
            List<SessionSlot> slots = held.stream().map(s -> {
                var place = s.centreId() == null ? null : places.get(s.centreId());
                return new SessionSlot(s.id(), s.centreId(), place == null ? s.location() : place.centreName(),
                        s.start(), s.end(), place == null ? CentreDraft.DEFAULT_ZONE : place.zone());
            }).toList();
            var last = held.stream().map(ProgrammeSession::end).max(java.util.Comparator.naturalOrder())
                    .orElse(r.createdAt());
            return new Subject(r.id(), r.residentId(), r.programmeId(), r.sessionId(),
                    r.status() != RegistrationStatus.REGISTERED, slots, last.plus(GRACE));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Subject> card(long cardId) {
        return cards.findById(cardId).map(card -> new Subject(card.id(), card.residentId(), null, null,
                card.revokedAt() != null, List.of(), card.issuedAt().plus(CARD_LIFE)));
    }
}
