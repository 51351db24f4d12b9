package org.servicecentre.occupancy;

import java.util.List;
import java.util.Locale;
import org.servicecentre.notification.MailLayout;
import org.servicecentre.notification.NotificationContent;
import org.servicecentre.notification.NotificationMessage;
import org.servicecentre.shared.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * Writes digests as messages: subject, plain text (also the inbox's) and the HTML body that goes into the mail
 * layout's card (tables with figures right-aligned, every section linking into the app with absolute addresses), in
 * the recipient's language.
 */
@Component
class DigestMail {

    private final MailLayout layout;

    DigestMail(MailLayout layout) {
        this.layout = layout;
    }

    NotificationMessage manager(ManagerDigest digest) {
        return (translations, locale) -> render(digest, translations, locale);
    }

    NotificationMessage organisation(OrganisationDigest digest) {
        return (translations, locale) -> render(digest, translations, locale);
    }

    NotificationContent render(ManagerDigest digest, TranslationProvider translations, Locale locale) {
        var w = new DigestWriter(translations, locale, layout);
        var week = digest.week();
        String from = w.date(week.monday());
        String to = w.date(week.sunday());
        w.paragraph(w.t("digest.greeting", digest.recipientName(), from, to));
        if (digest.centres().isEmpty()) {
            w.paragraph(w.t("digest.no-centres"));
        }
        for (var centre : digest.centres()) {
            centre(w, centre);
        }
        for (var section : digest.extraSections()) {
            extra(w, section);
        }
        return w.content(w.t("digest.manager.subject", from, to));
    }

    NotificationContent render(OrganisationDigest digest, TranslationProvider translations, Locale locale) {
        var w = new DigestWriter(translations, locale, layout);
        var week = digest.week();
        String from = w.date(week.monday());
        String to = w.date(week.sunday());
        w.paragraph(w.t("digest.organisation.greeting", digest.organisationName(), from, to));
        w.heading(w.t("digest.org.title"));
        if (digest.programmes().isEmpty()) {
            w.paragraph(w.t("digest.org.none"));
        } else {
            w.table(List.of(w.t("digest.org.programme"), w.t("digest.org.sessions"), w.t("digest.org.registered"),
                    w.t("digest.org.attended"), w.t("digest.org.rate")), List.of(false, true, true, true, true));
            for (var p : digest.programmes()) {
                w.row(List.of(w.linked(p.title(), "/programmes/" + p.programmeId()), w.cell(w.number(p.sessions())),
                        w.cell(w.number(p.registered())), w.cell(w.number(p.attended())), w.cell(w.percent(p.percent()))),
                        w.t("digest.org.line", p.title(), p.sessions(), p.registered(), p.attended(),
                                w.percent(p.percent())));
            }
            w.endTable();
        }
        w.links(List.of(new DigestWriter.Link(w.t("digest.org.programmes"), "/programmes")));
        return w.content(w.t("digest.organisation.subject", from, to, digest.organisationName()));
    }

    private void centre(DigestWriter w, DigestCentre centre) {
        w.centreHeading(centre.name(), "/centres/" + centre.centreId());
        String calendar = "/bookings/calendar?centre=" + centre.centreId() + "&view=week&date=";
        if (centre.quiet()) {
            w.note(w.t("digest.centre.quiet"));
        }
        rooms(w, centre);
        w.heading(w.t("digest.sessions.title"));
        if (centre.sessionsHeld() == 0) {
            w.paragraph(w.t("digest.sessions.none"));
        } else {
            w.paragraph(w.t("digest.sessions.held", centre.sessionsHeld(), centre.empty().size(),
                    centre.underAttended().size()));
            sessions(w, w.t("digest.empty.title"), centre.empty(), w.t("digest.empty.none"));
            sessions(w, w.t("digest.under.title"), centre.underAttended(), w.t("digest.under.none"));
        }
        oversubscribed(w, centre.oversubscribed());
        w.heading(w.t("digest.next.title"));
        w.paragraph(w.t("digest.next", centre.upcomingSessions()));
        w.links(List.of(
                new DigestWriter.Link(w.t("digest.centre.calendar"), calendar + centre.week().monday()),
                new DigestWriter.Link(w.t("digest.next.link"), calendar + centre.week().next().monday()),
                new DigestWriter.Link(w.t("digest.centre.open"), "/centres/" + centre.centreId())));
    }

    private void rooms(DigestWriter w, DigestCentre centre) {
        w.heading(w.t("digest.rooms.title"));
        if (centre.rooms().isEmpty()) {
            w.paragraph(w.t("digest.rooms.none"));
            return;
        }
        w.table(List.of(w.t("digest.rooms.room"), w.t("digest.rooms.open"), w.t("digest.rooms.booked"),
                w.t("digest.rooms.rate"), ""), List.of(false, true, true, true, false));
        for (var room : centre.rooms()) {
            String open = room.openMinutes() == 0 ? w.t("digest.rooms.closed") : w.hours(room.openMinutes());
            w.row(List.of(w.cell(room.roomName()), w.cell(open), w.cell(w.hours(room.bookedMinutes())),
                            w.cell(w.percent(room.percent())), w.bar(room.percent())),
                    w.t("digest.rooms.line", room.roomName(), open, w.hours(room.bookedMinutes()),
                            w.percent(room.percent())));
        }
        w.endTable();
    }

    private void sessions(DigestWriter w, String title, List<DigestSession> found, String none) {
        w.subheading(title);
        if (found.isEmpty()) {
            w.paragraph(none);
            return;
        }
        w.table(List.of(w.t("digest.session.programme"), w.t("digest.session.when"), w.t("digest.session.place"),
                w.t("digest.session.registered"), w.t("digest.session.attended")), List.of(false, false, false, true, true));
        for (var s : found) {
            String when = w.dateTime(s.start(), s.zone());
            w.row(List.of(w.linked(s.programmeTitle(), "/programmes/sessions/" + s.sessionId()), w.cell(when),
                            w.cell(s.place()), w.cell(w.number(s.registered())), w.cell(w.number(s.attended()))),
                    w.t("digest.session.line", s.programmeTitle(), when, s.place(), s.registered(), s.attended()));
        }
        w.endTable();
    }

    private void oversubscribed(DigestWriter w, List<DigestOversubscribed> found) {
        w.heading(w.t("digest.over.title"));
        if (found.isEmpty()) {
            w.paragraph(w.t("digest.over.none"));
            return;
        }
        w.table(List.of(w.t("digest.over.programme"), w.t("digest.over.registered"), w.t("digest.over.waitlisted"),
                w.t("digest.over.room")), List.of(false, true, true, false));
        for (var p : found) {
            String places = p.capacity() == null ? w.number(p.registered())
                    : w.number(p.registered()) + " / " + w.number(p.capacity());
            String room = p.roomName() == null ? "—" : w.t("digest.over.room.value", p.roomName(), p.roomCapacity());
            w.row(List.of(w.linked(p.title(), "/programmes/" + p.programmeId()), w.cell(places),
                            w.cell(w.number(p.waitlisted())), w.cell(room)),
                    w.t("digest.over.line", p.title(), places, p.waitlisted(), room));
        }
        w.endTable();
    }

    private void extra(DigestWriter w, DigestSection section) {
        if (section.lines().isEmpty() && section.emptyKey() == null) {
            return;
        }
        w.heading(w.t(section.titleKey()));
        if (section.lines().isEmpty()) {
            w.paragraph(w.t(section.emptyKey()));
            return;
        }
        w.list(section.lines().stream().map(l -> new DigestWriter.Link(w.t(l.textKey(), l.args().toArray()), l.link()))
                .toList());
    }
}
