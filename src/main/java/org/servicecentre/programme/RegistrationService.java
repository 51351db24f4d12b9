package org.servicecentre.programme;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.PersonalDataAction;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Staff registering residents and cancelling registrations; places and the waitlist are kept by
 * {@link RegistrationBook}. Staff of the programme's organisation (and admins) register; whoever may read the
 * programme may read its registrations, with names masked by {@link ResidentPrivacy}.
 */
@Service
@Validated
public class RegistrationService {

    private final ProgrammeService programmes;
    private final ProgrammeSessions sessions;
    private final ProgrammeAccess access;
    private final Registrations registrations;
    private final Residents residents;
    private final ResidentRecords records;
    private final RegistrationBook book;
    private final RegistrationViews views;
    private final CurrentUser currentUser;
    private final Clock clock;

    RegistrationService(ProgrammeService programmes, ProgrammeSessions sessions, ProgrammeAccess access,
                        Registrations registrations, Residents residents, ResidentRecords records,
                        RegistrationBook book, RegistrationViews views, CurrentUser currentUser, Clock clock) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.access = access;
        this.registrations = registrations;
        this.residents = residents;
        this.records = records;
        this.book = book;
        this.views = views;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Registers a resident (an existing one, or a new one with their consent): a place when one is free, else the
     * waitlist. The answer carries the ticket link's secret, once.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    @Transactional
    public RegistrationSummary register(@Valid RegistrationDraft draft) {
        return register(draft, RegistrationSource.STAFF);
    }

    /** As {@link #register(RegistrationDraft)}, for a CSV import, which records its own source. */
    RegistrationSummary register(RegistrationDraft draft, RegistrationSource source) {
        var scope = currentUser.scope();
        var programme = programmes.find(draft.programmeId());
        access.checkMayEdit(scope, programme);
        var sessionId = targetSession(programme, draft.sessionId());
        long residentId = residentFor(draft, source, scope.username(), programme.organisationId());
        var token = ManageTokens.create();
        var registration = book.place(programme, sessionId, residentId, source, ManageTokens.hash(token),
                scope.username());
        return views.summary(registration, PersonalDataAction.CHANGE, "registration", token);
    }

    /** Cancels a registration as staff; the resident reads it on their ticket page; the waitlist moves up. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    @Transactional
    public RegistrationSummary cancel(long registrationId, String reason) {
        var registration = find(registrationId);
        var programme = programmes.find(registration.programmeId());
        access.checkMayEdit(currentUser.scope(), programme);
        var cancelled = book.withdraw(registrationId, programme, currentUser.scope().username(), reason, true);
        return views.summary(cancelled, PersonalDataAction.CHANGE, "registration cancelled", null);
    }

    /** A new ticket link for the resident (the old one stops working); the secret is in the answer, once. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    @Transactional
    public RegistrationSummary renewTicketLink(long registrationId) {
        var registration = find(registrationId);
        access.checkMayEdit(currentUser.scope(), programmes.find(registration.programmeId()));
        var token = ManageTokens.create();
        registration.renewManageToken(ManageTokens.hash(token));
        registrations.save(registration);
        return views.summary(registration, PersonalDataAction.VIEW, "ticket link renewed", token);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public RegistrationSummary get(long registrationId) {
        var registration = find(registrationId);
        access.checkMayRead(currentUser.scope(), programmes.find(registration.programmeId()));
        return views.summary(registration, PersonalDataAction.VIEW, "registration " + registrationId, null);
    }

    /** Checks that the caller may read this registration, e.g. before its ticket image is handed out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void checkMayRead(long registrationId) {
        access.checkMayRead(currentUser.scope(), programmes.find(find(registrationId).programmeId()));
    }

    /** The registrations admitting to a session (its own and whole-programme ones), registered first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<RegistrationSummary> forSession(long sessionId) {
        var session = session(sessionId);
        access.checkMayRead(currentUser.scope(), programmes.find(session.programmeId()));
        return views.summaries(registrations.admittingTo(session.programmeId(), sessionId),
                "registrations of session " + sessionId);
    }

    /** The attendance list of a session; {@code export} logs it as an export (printing, PDF) instead of a view. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AttendanceSheet attendance(long sessionId, boolean export) {
        var session = session(sessionId);
        var programme = programmes.find(session.programmeId());
        access.checkMayRead(currentUser.scope(), programme);
        return views.sheet(programme, session, access.mayEdit(currentUser.scope(), programme), export);
    }

    /** Ticks (or unticks) that a resident came to a session; staff of the programme's organisation only. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    @Transactional
    public void markAttended(long sessionId, long residentId, boolean attended) {
        var session = session(sessionId);
        var programme = programmes.find(session.programmeId());
        access.checkMayEdit(currentUser.scope(), programme);
        if (session.start().isAfter(clock.instant().plus(java.time.Duration.ofHours(1)))) {
            throw new DomainException("ATTENDANCE_TOO_EARLY");
        }
        views.mark(session, residentId, attended, currentUser.scope().username());
    }

    private Long targetSession(Programme programme, Long sessionId) {
        if (!programme.mode().needsRegistration()) {
            throw new DomainException("PROGRAMME_NO_REGISTRATION");
        }
        if (programme.mode() == RegistrationMode.WHOLE_PROGRAMME) {
            if (sessionId != null) {
                throw new DomainException("REGISTRATION_WHOLE_PROGRAMME");
            }
            return null;
        }
        if (sessionId == null) {
            throw new DomainException("REGISTRATION_SESSION_REQUIRED");
        }
        var session = session(sessionId);
        if (session.programmeId() != programme.id()) {
            throw new NotFoundException("session", sessionId);
        }
        if (session.status() == SessionStatus.CANCELLED) {
            throw new DomainException("REGISTRATION_SESSION_CANCELLED");
        }
        if (!session.end().isAfter(clock.instant())) {
            throw new DomainException("REGISTRATION_SESSION_OVER");
        }
        return sessionId;
    }

    private long residentFor(RegistrationDraft draft, RegistrationSource source, String by, long organisationId) {
        if (draft.residentId() != null) {
            var resident = residents.findById(draft.residentId())
                    .orElseThrow(() -> new NotFoundException("resident", draft.residentId()));
            if (resident.mergedIntoId() != null) {
                throw new DomainException("RESIDENT_MERGED", resident.mergedIntoId());
            }
            return resident.id();
        }
        var described = draft.newResident() == null ? ResidentDraft.anonymous() : draft.newResident();
        var channel = source == RegistrationSource.IMPORT ? ConsentChannel.IMPORT : ConsentChannel.STAFF;
        return records.create(described, channel, by, organisationId).id();
    }

    private ProgrammeSession session(long id) {
        return sessions.findById(id).orElseThrow(() -> new NotFoundException("session", id));
    }

    private Registration find(long id) {
        return registrations.findById(id).orElseThrow(() -> new NotFoundException("registration", id));
    }
}
