package org.servicecentre.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.servicecentre.booking.BookingFilter;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.programme.OutsideSessionDraft;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Five programmes from the field, with sessions over the coming weeks: 启航社工's after-school class held in the
 * weekly 16:30 series, its labour-rights clinic for migrant workers (the first session full, two on the waitlist)
 * and an invitation-only women's group; the volunteers' elderly day-care mornings; the Party branch's
 * organisational-life meeting. Residents are registered by {@link DemoRegistrations}.
 */
@Component
@Order(60)
class DemoProgrammes implements DemoLayer {

    private static final Logger log = LoggerFactory.getLogger(DemoProgrammes.class);

    private final ProgrammeService programmes;
    private final SessionService sessions;
    private final BookingQueries bookings;
    private final CentreService centres;
    private final OpeningHoursService hours;
    private final OrganisationService organisations;
    private final DemoRegistrations registrations;
    private final Clock clock;

    DemoProgrammes(ProgrammeService programmes, SessionService sessions, BookingQueries bookings,
                   CentreService centres, OpeningHoursService hours, OrganisationService organisations,
                   DemoRegistrations registrations, Clock clock) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.bookings = bookings;
        this.centres = centres;
        this.hours = hours;
        this.organisations = organisations;
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    public void seed() {
        var afterSchool = programme("QIHANG", "四点半课堂（秋季学期）", "放学后的作业辅导、亲子阅读和手工课，由社工和大学生志愿者带领。"
                        + "按学期报名，每周二、周四 16:30–18:00。", Set.of(TargetGroup.CHILDREN), "南山区民政局公益创投",
                25, RegistrationMode.WHOLE_PROGRAMME, ProgrammeVisibility.PUBLIC);
        var kids = holdSeriesSessions(afterSchool, "KJY", "KIDS", 8);
        registrations.register(afterSchool, null, 18);

        var clinic = programme("QIHANG", "外来务工人员劳动权益法律咨询", "律师志愿者一对一解答欠薪、工伤、劳动合同等问题，"
                        + "可匿名咨询，不需要带身份证。", Set.of(TargetGroup.MIGRANT_WORKERS), "市总工会购买服务",
                12, RegistrationMode.PER_SESSION, ProgrammeVisibility.PUBLIC);
        var clinicSessions = roomSessions(clinic, "GXQ", "PC", List.of(LocalTime.of(19, 0), LocalTime.of(14, 0)),
                90, 3, 12);
        if (!clinicSessions.isEmpty()) {
            registrations.register(clinic, clinicSessions.getFirst(), 14);
            clinicSessions.stream().skip(1).forEach(s -> registrations.register(clinic, s, 5));
        }

        var dayCare = programme("YH-VOL", "长者日间照料·上午班", "健康测量、手指操、读报聊天和午前茶点，行动不便的长者可由志愿者陪同。",
                Set.of(TargetGroup.ELDERLY), "街道社区党组织服务群众经费", 15, RegistrationMode.PER_SESSION,
                ProgrammeVisibility.PUBLIC);
        roomSessions(dayCare, "KJY", "ELDER", List.of(LocalTime.of(9, 0)), 150, 4, 15)
                .forEach(s -> registrations.register(dayCare, s, 9));

        var women = programme("QIHANG", "姐妹互助小组", "新手妈妈和来深务工女性的互助小组：育儿经验、职业规划和情绪支持。仅限受邀参加。",
                Set.of(TargetGroup.WOMEN, TargetGroup.MIGRANT_WORKERS), "启航社工自筹", 10,
                RegistrationMode.PER_SESSION, ProgrammeVisibility.INVITATION);
        outsideSessions(women, "科技园社区花园凉亭（天气不好改在第一会议室）", 3, LocalTime.of(10, 0), 90)
                .forEach(s -> registrations.register(women, s, 6));

        var partyMeeting = programme("KJY-PB", "科技园社区党支部组织生活会", "学习传达上级精神，开展批评与自我批评，"
                        + "讨论为群众办实事项目。支部党员参加。", Set.of(TargetGroup.PARTY_MEMBERS), "党组织工作经费", 30,
                RegistrationMode.PER_SESSION, ProgrammeVisibility.INVITATION);
        roomSessions(partyMeeting, "KJY", "HALL", List.of(LocalTime.of(19, 30), LocalTime.of(15, 0)), 120, 1, 30)
                .forEach(s -> registrations.register(partyMeeting, s, 16));
        log.debug("Demo programmes: after-school class in {} sessions", kids);
    }

    private ProgrammeSummary programme(String organisationCode, String title, String description,
                                       Set<TargetGroup> groups, String funding, int capacity, RegistrationMode mode,
                                       ProgrammeVisibility visibility) {
        return programmes.create(new ProgrammeDraft(organisation(organisationCode), title, description, groups, null,
                funding, capacity, mode, visibility, null, null));
    }

    /** Holds sessions in the organisation's bookings of the room that belong to the weekly demo series. */
    private int holdSeriesSessions(ProgrammeSummary programme, String centreCode, String roomCode, int most) {
        var centre = centres.getByCode(centreCode);
        var room = room(centre.id(), roomCode);
        var now = clock.instant();
        var found = bookings.list(new BookingFilter(centre.id(), room, programme.organisationId(),
                Set.of(BookingStatus.CONFIRMED, BookingStatus.REQUESTED), now, now.plus(java.time.Duration.ofDays(60)),
                null), 0, most);
        int held = 0;
        for (var booking : found) {
            if (booking.seriesId() != null && booking.programmeId() == null) {
                sessions.addFromBooking(programme.id(), booking.id());
                held++;
            }
        }
        return held;
    }

    /** Books up to {@code count} sessions on the first days from tomorrow the room is free at one of the times. */
    private List<SessionSummary> roomSessions(ProgrammeSummary programme, String centreCode, String roomCode,
                                              List<LocalTime> times, int minutes, int count, int attendance) {
        var centre = centres.getByCode(centreCode);
        var room = room(centre.id(), roomCode);
        var zone = centre.timeZone();
        var held = new ArrayList<SessionSummary>();
        var day = LocalDate.now(clock.withZone(zone)).plusDays(1);
        for (int tries = 0; tries < 40 && held.size() < count; tries++, day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.WEDNESDAY) {
                continue;
            }
            for (var time : times) {
                var start = day.atTime(time).atZone(zone).toInstant();
                try {
                    held.add(sessions.addInRoom(programme.id(), new RoomSessionDraft(room, start,
                            start.plusSeconds(minutes * 60L), attendance)));
                    day = day.plusDays(2);
                    break;
                } catch (DomainException notThen) {
                    // closed, taken or against the rules at that time: the demo tries the next time or day
                }
            }
        }
        return held;
    }

    private List<SessionSummary> outsideSessions(ProgrammeSummary programme, String location, int weeks,
                                                 LocalTime time, int minutes) {
        ZoneId zone = centres.getByCode("KJY").timeZone();
        var saturday = LocalDate.now(clock.withZone(zone)).with(java.time.temporal.TemporalAdjusters.next(
                DayOfWeek.SATURDAY));
        var held = new ArrayList<SessionSummary>();
        for (int week = 0; week < weeks; week++) {
            var start = saturday.plusWeeks(week).atTime(time).atZone(zone).toInstant();
            held.add(sessions.addOutside(programme.id(), new OutsideSessionDraft(location, start,
                    start.plusSeconds(minutes * 60L))));
        }
        return held;
    }

    private long room(long centreId, String code) {
        return hours.rooms(centreId).stream().filter(r -> code.equals(r.code())).findFirst().orElseThrow().id();
    }

    private long organisation(String code) {
        return organisations.list(code, null, 0, 10).stream().filter(o -> o.code().equals(code)).findFirst()
                .orElseThrow().id();
    }
}
