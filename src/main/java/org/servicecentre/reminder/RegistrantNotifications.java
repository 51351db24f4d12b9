package org.servicecentre.reminder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.servicecentre.notification.NotificationRequest;
import org.servicecentre.notification.Outbox;
import org.servicecentre.notification.OutboxKeys;
import org.servicecentre.notification.Recipient;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.programme.RegistrationCancelled;
import org.servicecentre.programme.RegistrationPromoted;
import org.servicecentre.programme.RosterRegistration;
import org.servicecentre.programme.SessionCancelled;
import org.servicecentre.programme.SessionRoster;
import org.servicecentre.security.AccountDirectory;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells residents what their ticket page shows (registration notices), in the transaction of the change: a session
 * cancelled (and its organisation's staff, with how many registrants were told), a place from the waitlist, a
 * registration cancelled by staff. All essential: they reach residents who turned reminders off. Reminders of a
 * session or registration cancelled that were not sent yet are withdrawn.
 */
@Component
class RegistrantNotifications {

    private final Outbox outbox;
    private final OutboxKeys keys;
    private final SessionRoster roster;
    private final AccountDirectory accounts;
    private final OrganisationService organisations;
    private final Clock clock;

    RegistrantNotifications(Outbox outbox, OutboxKeys keys, SessionRoster roster, AccountDirectory accounts,
                            OrganisationService organisations, Clock clock) {
        this.outbox = outbox;
        this.keys = keys;
        this.roster = roster;
        this.accounts = accounts;
        this.organisations = organisations;
        this.clock = clock;
    }

    @EventListener
    void onSessionCancelled(SessionCancelled cancelled) {
        var session = roster.session(cancelled.sessionId()).orElseThrow();
        var when = new Moment(session.start(), session.end(), session.zone());
        var now = clock.instant();
        var residents = roster.residentsOf(cancelled.registrationIds());
        var requests = new ArrayList<NotificationRequest>();
        var message = ReminderMessage.of("notify.session-cancelled", session.programmeTitle(), when,
                session.place(), organisation(session.organisationId()))
                .withNote("notify.session-cancelled.note", cancelled.reason());
        for (long registrationId : cancelled.registrationIds()) {
            requests.add(NotificationRequest.now("session-cancelled:session:" + session.sessionId()
                            + ":registration:" + registrationId, "session-cancelled",
                    Recipient.resident(residents.get(registrationId)), now, true, null, message));
        }
        var staffMessage = ReminderMessage.of("notify.session-cancelled-staff", session.programmeTitle(), when,
                session.place(), cancelled.registrationIds().size())
                .withNote("notify.session-cancelled.note", cancelled.reason());
        for (var staff : accounts.staffOf(session.organisationId())) {
            requests.add(NotificationRequest.now("session-cancelled:session:" + session.sessionId() + ":account:"
                            + staff.id(), "session-cancelled", Recipient.account(staff.id()), now, true,
                    "/programmes/" + session.programmeId(), staffMessage));
        }
        outbox.scheduleAll(requests);
        long sessionId = session.sessionId();
        keys.withdrawPendingLike(ReminderScan.KIND, cancelled.registrationIds().stream()
                .flatMap(r -> ReminderScan.patternsFor(r, sessionId).stream()).toList(), List.of(),
                "session cancelled");
        keys.withdrawPendingLike(ReminderScan.STAFF_KIND, List.of(ReminderScan.STAFF_KIND + ":%:session:" + sessionId
                + ":%"), List.of(), "session cancelled");
    }

    @EventListener
    void onPromoted(RegistrationPromoted promoted) {
        var registration = roster.registration(promoted.registrationId()).orElseThrow();
        var message = registration.sessionId() == null
                ? ReminderMessage.of("notify.registration-promoted-whole", registration.programmeTitle(),
                        organisation(registration.organisationId()))
                : ReminderMessage.of("notify.registration-promoted", registration.programmeTitle(),
                        when(registration), registration.place(), organisation(registration.organisationId()));
        outbox.schedule(NotificationRequest.now("registration-promoted:registration:" + registration.registrationId(),
                "registration-promoted", Recipient.resident(registration.residentId()), clock.instant(), true, null,
                message));
    }

    @EventListener
    void onCancelled(RegistrationCancelled cancelled) {
        long registrationId = cancelled.registrationId();
        keys.withdrawPendingLike(ReminderScan.KIND, ReminderScan.patternsFor(registrationId, null), List.of(),
                "registration cancelled");
        if (!cancelled.byStaff()) {
            return;
        }
        var registration = roster.registration(registrationId).orElseThrow();
        var organisation = organisation(registration.organisationId());
        var message = (registration.sessionId() == null
                ? ReminderMessage.of("notify.registration-cancelled-whole", registration.programmeTitle(),
                        organisation)
                : ReminderMessage.of("notify.registration-cancelled", registration.programmeTitle(), organisation,
                        when(registration)))
                .withNote("notify.registration-cancelled.note", cancelled.reason());
        outbox.schedule(NotificationRequest.now("registration-cancelled:registration:" + registrationId,
                "registration-cancelled", Recipient.resident(registration.residentId()), clock.instant(), true, null,
                message));
    }

    private static Moment when(RosterRegistration registration) {
        return new Moment(registration.start(), null, registration.zone());
    }

    private String organisation(long organisationId) {
        return SystemAuthentication.asSystem(() -> organisations.names(List.of(organisationId)).get(organisationId));
    }
}
