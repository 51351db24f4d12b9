package org.servicecentre.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.servicecentre.booking.BookingDraft;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.centre.RoomFilter;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.organisation.OrganisationService;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A fortnight of bookings from today, through the booking service as the people who would make them: the manager
 * (王芳) books for organisations in 科技园 and 高新区, the admin in 南头城 and 同乐, and the social worker (陈静) books
 * her own programmes from tomorrow on. Three requests for halls and the kitchen wait in the manager's inbox, one
 * was declined with a reason, one cancelled. Every time is checked against the room's hours, closures and the
 * bookings already planned before it is booked, so the service never has to refuse one; if it does, seeding
 * fails loudly.
 */
@Component
@Order(50)
class DemoBookings implements DemoLayer {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int DAYS = 14;
    private static final Set<DayOfWeek> WEEKDAYS = Set.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    /** A programme held weekly on these days in one room; {@code staff} means the NGO user books it herself. */
    private record Weekly(String centre, String room, String organisation, String purpose, Set<DayOfWeek> days,
                          String start, int minutes, int attendance, boolean staff) {
    }

    private static final List<Weekly> PROGRAMMES = List.of(
            new Weekly("KJY", "ELDER", "QIHANG", "长者健康讲座：高血压与合理用药", Set.of(TUESDAY, THURSDAY), "09:30", 90, 35, true),
            new Weekly("KJY", "ELDER", "YH-VOL", "长者智能手机课堂", Set.of(MONDAY, WEDNESDAY), "14:30", 90, 20, false),
            new Weekly("KJY", "MEET-1", "KJY-PB", "党员学习：组织生活会", Set.of(WEDNESDAY), "19:00", 90, 15, false),
            new Weekly("KJY", "MEET-1", "KJY-PB", "主题党日：党员志愿服务报到", Set.of(SATURDAY), "09:30", 120, 18, false),
            new Weekly("KJY", "MEET-1", "QIHANG", "法律咨询：劳动权益与工伤", Set.of(FRIDAY), "14:30", 150, 6, true),
            new Weekly("KJY", "KIDS", "QIHANG", "亲子阅读：绘本共读", Set.of(SATURDAY), "10:00", 90, 25, true),
            new Weekly("KJY", "HALL", "KJY-PB", "社区议事会：加装电梯与停车管理", Set.of(THURSDAY), "19:00", 90, 60, false),
            new Weekly("KJY", "HALL", "YH-VOL", "广场舞排练", Set.of(TUESDAY), "19:00", 90, 40, false),
            new Weekly("GXQ", "PC", "YH-VOL", "志愿者培训：应急救护与心肺复苏", Set.of(SATURDAY), "10:00", 120, 20, false),
            new Weekly("GXQ", "PC", "QIHANG", "新就业群体电脑技能培训", Set.of(TUESDAY, THURSDAY), "19:00", 120, 18, true),
            new Weekly("GXQ", "MEET-1", "QIHANG", "法律咨询：租房合同与欠薪", Set.of(MONDAY, WEDNESDAY), "14:00", 180, 6, true),
            new Weekly("GXQ", "KITCHEN", "YH-VOL", "邻里百家宴", Set.of(SUNDAY), "10:30", 150, 12, false),
            new Weekly("GXQ", "HALL", "YH-VOL", "垃圾分类环保宣传讲座", Set.of(SUNDAY), "14:00", 120, 80, false),
            new Weekly("GXQ", "HALL", "QIHANG", "外卖骑手、快递员座谈会", Set.of(FRIDAY), "19:00", 120, 70, false),
            new Weekly("NTC", "DANCE", "QIHANG", "广场舞排练（古城舞蹈队）", Set.of(TUESDAY, THURSDAY, SATURDAY), "09:30", 120, 25, true),
            new Weekly("NTC", "MEET-1", "QIHANG", "古城文化讲堂", Set.of(WEDNESDAY, FRIDAY), "14:30", 120, 18, true),
            new Weekly("NTC", "ELDER", "QIHANG", "长者健康讲座：防跌倒与骨质疏松", Set.of(WEDNESDAY, SATURDAY), "09:30", 90, 30, true),
            new Weekly("NTC", "ELDER", "QIHANG", "长者书画班", Set.of(TUESDAY, THURSDAY), "14:30", 120, 20, true),
            new Weekly("TL", "KIDS", "QIHANG", "亲子阅读：周末故事会", Set.of(SATURDAY, SUNDAY), "09:30", 90, 20, true),
            new Weekly("TL", "READING", "QIHANG", "亲子阅读：家长读书会", Set.of(WEDNESDAY), "19:00", 90, 12, true),
            new Weekly("TL", "READING", "QIHANG", "法律咨询：婚姻家庭", Set.of(TUESDAY), "14:30", 150, 6, true),
            new Weekly("TL", "HALL", "QIHANG", "长者健康讲座：秋冬季养生", Set.of(THURSDAY), "14:30", 90, 50, false),
            new Weekly("TL", "HALL", "QIHANG", "志愿者培训：社区探访技巧", Set.of(SATURDAY), "14:00", 120, 40, false));

    private final BookingService bookings;
    private final CentreService centres;
    private final RoomService rooms;
    private final OpeningHoursService hours;
    private final OrganisationService organisations;
    private final UserDetailsService users;
    private final Clock clock;
    private final Map<String, RoomSummary> roomsByCode = new HashMap<>();
    private final Map<Long, List<Instant[]>> planned = new HashMap<>();

    DemoBookings(BookingService bookings, CentreService centres, RoomService rooms, OpeningHoursService hours,
                 OrganisationService organisations, UserDetailsService users, Clock clock) {
        this.bookings = bookings;
        this.centres = centres;
        this.rooms = rooms;
        this.hours = hours;
        this.organisations = organisations;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void seed() {
        var today = LocalDate.now(clock.withZone(ZONE));
        // the decisions first, so that the weekly programmes fit around them
        request("KJY", "HALL", "敬老文艺汇演彩排", today.plusDays(2), "14:30", 120, 60);
        request("GXQ", "HALL", "家长课堂：和青春期孩子沟通", today.plusDays(2), "10:30", 90, 90);
        request("GXQ", "KITCHEN", "长者营养餐烹饪课", today.plusDays(3), "14:00", 120, 10);
        var carnival = request("KJY", "HALL", "亲子嘉年华", today.plusDays(3).with(TemporalAdjusters.nextOrSame(SATURDAY)),
                "14:00", 120, 70);
        as("manager", () -> bookings.decline(carnival.id(), "当天下午多功能厅要布置邻里文化节会场。请改到下周工作日晚上，"
                + "或改用四点半课堂活动室（30 人）。"));
        var clinic = book("manager", "GXQ", "HALL", "YH-VOL", "社区义诊：血压血糖免费测", firstFit("GXQ", "HALL",
                today.plusDays(1), "10:00", 180), 180, 60);
        as("manager", () -> bookings.cancel(clinic.id(), "合作医院的医生临时有手术，义诊改期另约。"));
        for (int day = 0; day < DAYS; day++) {
            var date = today.plusDays(day);
            for (var programme : PROGRAMMES) {
                if (programme.days().contains(date.getDayOfWeek())) {
                    weekly(programme, date, day == 0);
                }
            }
        }
        // the weekly after-school series (四点半课堂, weekdays from 16:30 in KJY's and TL's KIDS rooms) is seeded with
        // the booking series; the programmes above leave those rooms free on weekday afternoons for it
    }

    private void weekly(Weekly programme, LocalDate date, boolean today) {
        var start = date.atTime(LocalTime.parse(programme.start())).atZone(ZONE).toInstant();
        // leave room for the seeding itself and, for the social worker, her centres' two hours' notice
        var earliest = clock.instant().plus(programme.staff() ? Duration.ofHours(3) : Duration.ofMinutes(10));
        if (start.isBefore(earliest) || !fits(programme.centre(), programme.room(), start, programme.minutes())) {
            return;
        }
        // on the day itself the social worker's programmes were booked long ago: by whoever keeps the centre
        String user = programme.staff() && !today ? "ngo" : keeper(programme.centre());
        book(user, programme.centre(), programme.room(), programme.organisation(), programme.purpose(), start,
                programme.minutes(), programme.attendance());
    }

    /** A request by the social worker for a room that needs approval, on the first day from {@code from} it fits. */
    private BookingSummary request(String centre, String room, String purpose, LocalDate from, String time,
                                   int minutes, int attendance) {
        return book("ngo", centre, room, "QIHANG", purpose, firstFit(centre, room, from, time, minutes), minutes,
                attendance);
    }

    private Instant firstFit(String centre, String room, LocalDate from, String time, int minutes) {
        for (int day = 0; day < 30; day++) {
            var start = from.plusDays(day).atTime(LocalTime.parse(time)).atZone(ZONE).toInstant();
            if (fits(centre, room, start, minutes)) {
                return start;
            }
        }
        throw new IllegalStateException("no day in 30 from " + from + " when " + centre + " " + room + " is open at " + time);
    }

    /** Open for the whole booking and clear of the bookings planned so far, set-up and clean-up included. */
    private boolean fits(String centre, String roomCode, Instant start, int minutes) {
        var room = room(centre, roomCode);
        var end = start.plus(Duration.ofMinutes(minutes));
        if (!hours.isOpen(room.id(), start, end)) {
            return false;
        }
        var from = start.minus(Duration.ofMinutes(room.setupMinutes()));
        var until = end.plus(Duration.ofMinutes(room.cleanupMinutes()));
        return planned.getOrDefault(room.id(), List.of()).stream()
                .noneMatch(taken -> from.isBefore(taken[1]) && until.isAfter(taken[0]));
    }

    private BookingSummary book(String user, String centre, String roomCode, String organisation, String purpose,
                                Instant start, int minutes, int attendance) {
        var room = room(centre, roomCode);
        var end = start.plus(Duration.ofMinutes(minutes));
        Long organisationId = "ngo".equals(user) ? null : organisation(organisation);
        var booked = as(user, () -> bookings.create(new BookingDraft(room.id(), start, end, purpose, organisationId,
                attendance, null)));
        planned.computeIfAbsent(room.id(), id -> new ArrayList<>()).add(new Instant[] {
                start.minus(Duration.ofMinutes(room.setupMinutes())), end.plus(Duration.ofMinutes(room.cleanupMinutes()))});
        return booked;
    }

    /** The demo manager keeps 科技园 and 高新区; the other two centres are kept by the admin. */
    private static String keeper(String centre) {
        return Set.of("KJY", "GXQ").contains(centre) ? "manager" : "admin";
    }

    private RoomSummary room(String centre, String code) {
        return roomsByCode.computeIfAbsent(centre + "/" + code, key -> rooms.list(new RoomFilter("",
                centres.getByCode(centre).id(), Set.of(), null, Set.of(), false), 0, 100).stream()
                .filter(r -> r.code().equals(code)).findFirst().orElseThrow());
    }

    private long organisation(String code) {
        return organisations.list(code, null, 0, 10).stream().filter(o -> o.code().equals(code)).findFirst()
                .orElseThrow().id();
    }

    /** Runs the call signed in as a demo user, as that user would make it, then restores the system. */
    private <T> T as(String username, Supplier<T> call) {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        var user = users.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return call.get();
        } finally {
            context.setAuthentication(before);
        }
    }
}
