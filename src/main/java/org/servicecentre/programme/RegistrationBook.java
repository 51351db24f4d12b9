package org.servicecentre.programme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The book of places: every registration, cancellation and promotion happens here, under the lock of the session
 * (or of the programme for whole-programme registration), so that N free places go to exactly N residents, the
 * rest wait in order, and each place given back moves exactly one waiting resident up.
 */
@Component
class RegistrationBook {

    private final Registrations registrations;
    private final RegistrationNotices notices;
    private final PlaceLocks locks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    RegistrationBook(Registrations registrations, RegistrationNotices notices, PlaceLocks locks,
                     ApplicationEventPublisher events, Clock clock) {
        this.registrations = registrations;
        this.notices = notices;
        this.locks = locks;
        this.events = events;
        this.clock = clock;
    }

    /** A place if one is free, else a turn on the waitlist; the same resident twice is refused. */
    @Transactional
    Registration place(Programme programme, Long sessionId, long residentId, RegistrationSource source,
                       String manageTokenHash, String by) {
        if (!programme.mode().needsRegistration()) {
            throw new DomainException("PROGRAMME_NO_REGISTRATION");
        }
        locks.lock(programme.id(), sessionId);
        if (registrations.holds(programme.id(), sessionId, residentId)) {
            throw new DomainException("REGISTRATION_DUPLICATE");
        }
        long taken = registrations.countInState(programme.id(), sessionId, RegistrationStatus.REGISTERED);
        var status = taken < programme.capacity() ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
        return registrations.saveAndFlush(new Registration(programme.id(), sessionId, residentId, status, source,
                manageTokenHash, by, clock.instant()));
    }

    /** Cancels a registration; a place given back moves the first waiting resident up. */
    @Transactional
    Registration withdraw(long registrationId, Programme programme, String by, String reason, boolean byStaff) {
        var registration = find(registrationId);
        locks.lock(registration.programmeId(), registration.sessionId());
        entityManager.refresh(registration);
        boolean heldPlace = registration.status() == RegistrationStatus.REGISTERED;
        registration.cancel(by, reason, clock.instant());
        registrations.saveAndFlush(registration);
        if (byStaff) {
            notices.save(new RegistrationNotice(registration.id(), "CANCELLED_BY_STAFF", reason, clock.instant()));
        }
        events.publishEvent(new RegistrationCancelled(registration.id(), registration.programmeId(),
                registration.sessionId(), registration.residentId(), byStaff, reason));
        if (heldPlace) {
            promote(programme, registration.sessionId());
        }
        return registration;
    }

    /** After more places were made: moves waiting residents up in every session that has room now. */
    @Transactional
    void promoteEverywhere(Programme programme, List<Long> sessionIds) {
        if (!programme.mode().needsRegistration()) {
            return;
        }
        if (programme.mode() == RegistrationMode.WHOLE_PROGRAMME) {
            locks.lock(programme.id(), null);
            promote(programme, null);
            return;
        }
        for (var sessionId : sessionIds) {
            locks.lock(programme.id(), sessionId);
            promote(programme, sessionId);
        }
    }

    /** Place on the waitlist, 1 for the next to move up; null when not waiting. */
    Integer position(Registration registration) {
        if (registration.status() != RegistrationStatus.WAITLISTED) {
            return null;
        }
        return (int) registrations.inState(registration.programmeId(), registration.sessionId(),
                RegistrationStatus.WAITLISTED).stream().takeWhile(w -> !w.id().equals(registration.id())).count() + 1;
    }

    boolean hasRegistrations(long programmeId) {
        return registrations.existsByProgrammeId(programmeId);
    }

    /** Under the lock: fills free places from the waitlist, first come first served. */
    private List<Registration> promote(Programme programme, Long sessionId) {
        long taken = registrations.countInState(programme.id(), sessionId, RegistrationStatus.REGISTERED);
        var promoted = new ArrayList<Registration>();
        var waiting = registrations.inState(programme.id(), sessionId, RegistrationStatus.WAITLISTED);
        for (var next : waiting) {
            if (taken >= programme.capacity()) {
                break;
            }
            next.promote(clock.instant());
            registrations.save(next);
            notices.save(new RegistrationNotice(next.id(), "PROMOTED", null, clock.instant()));
            events.publishEvent(new RegistrationPromoted(next.id(), next.programmeId(), next.sessionId(),
                    next.residentId()));
            promoted.add(next);
            taken++;
        }
        registrations.flush();
        return promoted;
    }

    private Registration find(long id) {
        return registrations.findById(id).orElseThrow(() -> new NotFoundException("registration", id));
    }
}
