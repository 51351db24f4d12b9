package org.servicecentre.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicecentre.notification.NotificationRequest;
import org.servicecentre.notification.Outbox;
import org.servicecentre.notification.OutboxKeys;
import org.servicecentre.notification.Recipient;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.programme.RosterSession;
import org.servicecentre.programme.SessionRoster;
import org.servicecentre.security.AccountContact;
import org.servicecentre.security.AccountDirectory;
import org.servicecentre.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Schedules the reminders before sessions: to each resident holding a place, at the programme's offsets (24 h and
 * 2 h before unless the programme chose others), and to the organisation's staff one hour before ("starts in 1 hour
 * — 3 of 20 registered"). A reminder is scheduled when its time falls in [now - offset, now + {@link #AHEAD}]: on
 * time when the scan runs every few minutes, and late after a downtime (for any session that has not started). Each
 * is useful until half its offset before the start (a 24 h reminder with less than 12 h left is not): the dispatcher
 * drops the stale ones with the reason logged. Keys make every reminder once, however often the scan runs; keys
 * already in the outbox are skipped before anything is rendered. Sessions are read in batches.
 */
@Service
public class ReminderScan {

    static final String KIND = "session-reminder";
    static final String STAFF_KIND = "session-staff-reminder";
    /** Reminders are scheduled this long before they are due, so that the dispatcher sends them on time. */
    static final Duration AHEAD = Duration.ofMinutes(15);
    /** The organisation's staff are reminded this long before each session. */
    static final int STAFF_OFFSET = 60;
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(ReminderScan.class);

    private final SessionRoster roster;
    private final Outbox outbox;
    private final OutboxKeys keys;
    private final AccountDirectory accounts;
    private final OrganisationService organisations;

    ReminderScan(SessionRoster roster, Outbox outbox, OutboxKeys keys, AccountDirectory accounts,
                 OrganisationService organisations) {
        this.roster = roster;
        this.outbox = outbox;
        this.keys = keys;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /** What a scan did: sessions with new reminders, reminders new, outbox rows written (one per channel). */
    public record Report(int sessions, int reminders, int rows) {

        @Override
        public String toString() {
            return "scheduled " + reminders + " reminders (" + rows + " messages) for " + sessions + " sessions";
        }
    }

    /** Schedules the reminders due by {@code now} + 15 min that are not scheduled yet. */
    public Report scan(Instant now) {
        return SystemAuthentication.asSystem(() -> {
            int longest = Math.max(STAFF_OFFSET, roster.longestReminderOffset());
            var until = now.plus(AHEAD).plus(Duration.ofMinutes(longest));
            var staff = new HashMap<Long, List<AccountContact>>();
            var names = new HashMap<Long, String>();
            int sessions = 0;
            int reminders = 0;
            int rows = 0;
            long after = 0;
            while (true) {
                var batch = roster.startingBetween(now, until, after, BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                after = batch.getLast().sessionId();
                var due = new LinkedHashMap<String, Pending>();
                for (var session : batch) {
                    collect(session, now, due, staff);
                }
                due.keySet().removeAll(keys.existing(due.keySet()));
                if (!due.isEmpty()) {
                    sessions += (int) due.values().stream().map(p -> p.session().sessionId()).distinct().count();
                    organisationNames(due.values(), names);
                    var requests = due.entrySet().stream()
                            .map(e -> e.getValue().request(e.getKey(), names)).toList();
                    rows += outbox.scheduleAll(requests);
                    reminders += requests.size();
                }
                if (batch.size() < BATCH) {
                    break;
                }
            }
            var report = new Report(sessions, reminders, rows);
            if (reminders > 0) {
                log.info("Reminder scan at {}: {}", now, report);
            }
            return report;
        });
    }

    /** The reminders of one session whose time has come, by key. */
    private void collect(RosterSession session, Instant now, Map<String, Pending> due,
                         Map<Long, List<AccountContact>> staff) {
        var latest = now.plus(AHEAD);
        for (int offset : session.reminderOffsets()) {
            if (session.start().minus(Duration.ofMinutes(offset)).isAfter(latest)) {
                continue;
            }
            for (var registrant : session.registered()) {
                if (!registrant.reachable()) {
                    continue;
                }
                due.put(key(offset, registrant, session), new Pending(session, offset,
                        Recipient.resident(registrant.residentId()), false));
            }
        }
        if (!session.start().minus(Duration.ofMinutes(STAFF_OFFSET)).isAfter(latest)) {
            for (var account : staff.computeIfAbsent(session.organisationId(), accounts::staffOf)) {
                due.put(STAFF_KIND + ":" + STAFF_OFFSET + ":session:" + session.sessionId() + ":account:"
                        + account.id() + at(session), new Pending(session, STAFF_OFFSET,
                        Recipient.account(account.id()), true));
            }
        }
    }

    /**
     * "session-reminder:1440:registration:42:at:1796522400", with ":session:7" before ":at:" for a whole-programme
     * registration. The session's start is part of the key: a session moved to another time is reminded of again.
     */
    static String key(int offset, RosterSession.Registrant registrant, RosterSession session) {
        var key = KIND + ":" + offset + ":registration:" + registrant.registrationId();
        return (registrant.wholeProgramme() ? key + ":session:" + session.sessionId() : key) + at(session);
    }

    /** LIKE patterns of a registration's reminder keys (of the session only, for a whole-programme one, if given). */
    static List<String> patternsFor(long registrationId, Long sessionId) {
        String registration = KIND + ":%:registration:" + registrationId;
        return sessionId == null ? List.of(registration + ":%")
                : List.of(registration + ":at:%", registration + ":session:" + sessionId + ":%");
    }

    static String at(RosterSession session) {
        return ":at:" + session.start().getEpochSecond();
    }

    private void organisationNames(java.util.Collection<Pending> due, Map<Long, String> names) {
        var missing = due.stream().map(p -> p.session().organisationId()).filter(id -> !names.containsKey(id))
                .distinct().toList();
        if (!missing.isEmpty()) {
            names.putAll(organisations.names(missing));
        }
    }

    private record Pending(RosterSession session, int offset, Recipient recipient, boolean staff) {

        NotificationRequest request(String key, Map<Long, String> names) {
            var start = session.start();
            var due = start.minus(Duration.ofMinutes(offset));
            var stale = start.minus(Duration.ofMinutes(offset).dividedBy(2));
            var when = new Moment(start, session.end(), session.zone());
            var message = staff
                    ? (session.capacity() == null
                            ? ReminderMessage.of("notify.session-staff-reminder-dropin", session.programmeTitle(),
                                    when, session.place())
                            : ReminderMessage.of("notify.session-staff-reminder", session.programmeTitle(), when,
                                    session.place(), session.registered().size(), session.capacity()))
                    : ReminderMessage.of("notify.session-reminder", session.programmeTitle(), when, session.place(),
                            names.get(session.organisationId()));
            return new NotificationRequest(key, staff ? STAFF_KIND : KIND, recipient, due, stale, false,
                    staff ? "/programmes/sessions/" + session.sessionId() : null, message);
        }
    }
}
