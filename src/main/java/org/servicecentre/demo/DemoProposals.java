package org.servicecentre.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.occupancy.ProposalChecks;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.programme.ProgrammeDraft;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.ProgrammeSummary;
import org.servicecentre.programme.ProgrammeVisibility;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.RoomSessionDraft;
import org.servicecentre.programme.SessionService;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TargetGroup;
import org.servicecentre.shared.DomainException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two open room proposals for 启航社工 and the 高新区 manager: a smartphone class tomorrow nobody has registered for
 * yet (release the room) and a picture-book reading group whose small meeting room overflows (move to a larger room).
 * The checks run as the proposal job would a day before the empty session.
 */
@Component
@Order(85)
class DemoProposals implements DemoLayer {

    private final ProgrammeService programmes;
    private final SessionService sessions;
    private final CentreService centres;
    private final OpeningHoursService hours;
    private final OrganisationService organisations;
    private final DemoRegistrations registrations;
    private final ProposalChecks checks;
    private final Clock clock;

    DemoProposals(ProgrammeService programmes, SessionService sessions, CentreService centres,
                  OpeningHoursService hours, OrganisationService organisations, DemoRegistrations registrations,
                  ProposalChecks checks, Clock clock) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.centres = centres;
        this.hours = hours;
        this.organisations = organisations;
        this.registrations = registrations;
        this.checks = checks;
        this.clock = clock;
    }

    @Override
    public void seed() {
        long qihang = organisations.list("QIHANG", null, 0, 10).stream().filter(o -> o.code().equals("QIHANG"))
                .findFirst().orElseThrow().id();
        var phones = programme(qihang, "长者智能手机课堂", "教长者用手机挂号、视频通话和识别诈骗电话，每次一个主题，自带手机。",
                TargetGroup.ELDERLY, 12);
        var empty = session(phones, "PC", 1, LocalTime.of(14, 0), 90);
        var reading = programme(qihang, "亲子绘本共读会", "社工带领家长和孩子共读绘本，做手工、演绘本剧。按场次报名。",
                TargetGroup.CHILDREN, 8);
        var full = session(reading, "MEET-1", 3, LocalTime.of(10, 30), 90);
        if (full != null) {
            registrations.register(reading, full, 14);
        }
        if (empty != null) {
            var dayBefore = empty.start().minus(Duration.ofHours(23));
            var now = clock.instant();
            checks.proposeDue(dayBefore.isAfter(now) ? dayBefore : now, organisation -> organisation == qihang);
        }
    }

    private ProgrammeSummary programme(long organisation, String title, String description, TargetGroup group,
                                       int capacity) {
        return programmes.create(new ProgrammeDraft(organisation, title, description, Set.of(group), null,
                "启航社工自筹", capacity, RegistrationMode.PER_SESSION, ProgrammeVisibility.PUBLIC, null, null));
    }

    /** A session in the 高新区 room on the first weekday from {@code daysAhead} on when it is free, or null. */
    private SessionSummary session(ProgrammeSummary programme, String roomCode, int daysAhead, LocalTime time,
                                   int minutes) {
        var centre = centres.getByCode("GXQ");
        long room = hours.rooms(centre.id()).stream().filter(r -> roomCode.equals(r.code())).findFirst()
                .orElseThrow().id();
        var day = LocalDate.now(clock.withZone(centre.timeZone())).plusDays(daysAhead);
        for (int tries = 0; tries < 14; tries++, day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            var start = day.atTime(time).atZone(centre.timeZone()).toInstant();
            try {
                return sessions.addInRoom(programme.id(), new RoomSessionDraft(room, start,
                        start.plusSeconds(minutes * 60L), 8));
            } catch (DomainException notThen) {
                // closed or taken then: the next weekday
            }
        }
        return null;
    }
}
