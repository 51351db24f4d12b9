package org.servicecentre.programme;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registrations and cards made up by a test, standing in for the registration side until it exists; the ticket
 * code sees them only through {@link TicketSubjects}.
 */
class FakeTicketSubjects implements TicketSubjects {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Map<Long, Subject> registrations = new HashMap<>();
    private final Map<Long, Subject> cards = new HashMap<>();

    @Override
    public Optional<Subject> registration(long registrationId) {
        return Optional.ofNullable(registrations.get(registrationId));
    }

    @Override
    public Optional<Subject> card(long cardId) {
        return Optional.ofNullable(cards.get(cardId));
    }

    Subject register(long id, long residentId, long programmeId, Long sessionId, List<SessionSlot> sessions,
                     Instant validUntil) {
        var subject = new Subject(id, residentId, programmeId, sessionId, false, sessions, validUntil);
        registrations.put(id, subject);
        return subject;
    }

    Subject card(long id, long residentId, Instant validUntil) {
        var subject = new Subject(id, residentId, null, null, false, List.of(), validUntil);
        cards.put(id, subject);
        return subject;
    }

    void cancelRegistration(long id) {
        registrations.computeIfPresent(id, (key, s) -> new Subject(s.id(), s.residentId(), s.programmeId(),
                s.sessionId(), true, s.sessions(), s.validUntil()));
    }

    void replace(Subject subject) {
        registrations.put(subject.id(), subject);
    }

    void forget(long registrationId) {
        registrations.remove(registrationId);
    }

    static SessionSlot slot(long sessionId, Long centreId, String centreName, String localStart, String localEnd) {
        return new SessionSlot(sessionId, centreId, centreName,
                java.time.LocalDateTime.parse(localStart).atZone(SHANGHAI).toInstant(),
                java.time.LocalDateTime.parse(localEnd).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }
}
