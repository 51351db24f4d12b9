package org.servicecentre.programme;

import java.time.Clock;
import org.servicecentre.booking.BookingRescheduled;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingStatusChanged;
import org.servicecentre.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes sessions, and keeps them in step with their bookings: a booking moved moves its session; a booking
 * cancelled or declined cancels its session (the registrants are told), in the booking's own transaction.
 */
@Component
class SessionWriter {

    private final ProgrammeSessions sessions;
    private final Programmes programmes;
    private final Registrations registrations;
    private final RegistrationNotices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionWriter(ProgrammeSessions sessions, Programmes programmes, Registrations registrations,
                  RegistrationNotices notices, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.programmes = programmes;
        this.registrations = registrations;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    ProgrammeSession save(ProgrammeSession session) {
        return sessions.saveAndFlush(session);
    }

    @Transactional
    ProgrammeSession cancel(Programme programme, long sessionId, String reason, String by) {
        var session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
        session.cancel(reason, clock.instant());
        var told = registrations.admittingTo(programme.id(), sessionId).stream().map(Registration::id).toList();
        for (var registrationId : told) {
            notices.save(new RegistrationNotice(registrationId, "SESSION_CANCELLED", reason, clock.instant()));
        }
        events.publishEvent(new SessionCancelled(sessionId, programme.id(), programme.title(), session.start(),
                reason, told));
        return sessions.saveAndFlush(session);
    }

    @EventListener
    void onBookingMoved(BookingRescheduled moved) {
        sessions.findByBookingId(moved.bookingId()).ifPresent(session -> {
            session.reschedule(moved.centreId(), moved.roomId(), moved.start(), moved.end());
            sessions.save(session);
        });
    }

    @EventListener
    void onBookingStatus(BookingStatusChanged changed) {
        if (changed.current() != BookingStatus.CANCELLED && changed.current() != BookingStatus.DECLINED) {
            return;
        }
        sessions.findByBookingId(changed.bookingId())
                .filter(session -> session.status() == SessionStatus.SCHEDULED)
                .ifPresent(session -> programmes.findById(session.programmeId()).ifPresent(programme ->
                        cancel(programme, session.id(), changed.note(), "booking")));
    }
}
