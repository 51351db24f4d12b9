package org.servicecentre.demo;

import static org.servicecentre.demo.DemoHistoryRows.ts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.servicecentre.demo.DemoHistoryPlan.Planned;
import org.servicecentre.demo.DemoHistoryPlan.Room;
import org.servicecentre.occupancy.PeopleRollup;
import org.servicecentre.occupancy.UsageRollup;
import org.servicecentre.programme.ProgrammeDraft;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.ProgrammeVisibility;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.TargetGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Thirteen weeks of past use of the four demo centres, so that dashboards and reports have something to show: bookings
 * in their rooms (weekday afternoons busiest, a few evenings; most completed, some released because nobody came, some
 * cancelled), programme sessions with registrations of anonymous demo residents (target groups only), attendance and
 * kiosk check-ins, walk-ins without a session and satisfaction scores; and today, a session running at 科技园 and 高新区
 * with people checked in, so the live view is alive. The services refuse the past, so this layer writes the tables
 * directly, in batches, from a fixed seed (every start looks alike), then has the daily usage rollup rebuilt for the
 * weeks it wrote.
 */
@Component
@Order(95)
class DemoHistory implements DemoLayer {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    static final int WEEKS = 13;
    private static final long SEED = 20261124L;

    /** A history programme: its title, organisation, target groups, catalogue category and places per session. */
    record ProgrammeSpec(String title, String description, String organisation, List<TargetGroup> groups,
                         String category, int capacity) {
    }

    static final Map<String, ProgrammeSpec> PROGRAMMES = Map.of(
            "HEALTH-TALK", new ProgrammeSpec("长者健康讲座（系列）", "社康医生主讲高血压、糖尿病、防跌倒与合理用药，讲座后可免费测血压。",
                    "QIHANG", List.of(TargetGroup.ELDERLY), "HEALTH", 30),
            "DANCE", new ProgrammeSpec("广场舞与合唱排练", "社区文艺队每周排练，欢迎新队员加入。", "YH-VOL",
                    List.of(TargetGroup.ALL_RESIDENTS, TargetGroup.ELDERLY), "ARTS", 25),
            "PARTY", new ProgrammeSpec("党员组织生活与主题党日", "支部党员学习、讨论为群众办实事项目。", "KJY-PB",
                    List.of(TargetGroup.PARTY_MEMBERS), "PARTY-LIFE", 20),
            "LEGAL", new ProgrammeSpec("劳动权益与法律咨询", "律师志愿者解答欠薪、工伤、租房和婚姻家庭问题，可匿名咨询。", "QIHANG",
                    List.of(TargetGroup.MIGRANT_WORKERS, TargetGroup.WOMEN), "LEGAL-AID", 8),
            "AFTER-SCHOOL", new ProgrammeSpec("四点半课堂（暑期与秋季）", "放学后的作业辅导与兴趣课。", "QIHANG",
                    List.of(TargetGroup.CHILDREN), "AFTER-SCHOOL", 25),
            "READING", new ProgrammeSpec("亲子阅读：绘本共读", "社工带领家长和孩子共读绘本。", "QIHANG",
                    List.of(TargetGroup.CHILDREN, TargetGroup.WOMEN), "YOUTH-GROWTH", 20),
            "PHONE", new ProgrammeSpec("长者智能手机课堂", "志愿者手把手教长者用健康码、视频通话和防诈骗。", "YH-VOL",
                    List.of(TargetGroup.ELDERLY), "ELDERLY-CARE", 20),
            "CALLIGRAPHY", new ProgrammeSpec("长者书画班", "毛笔书法与国画入门，笔墨由中心提供。", "QIHANG",
                    List.of(TargetGroup.ELDERLY), "ARTS", 20),
            "SKILLS", new ProgrammeSpec("新就业群体电脑技能培训", "外卖骑手、快递员和家政人员的电脑与电商技能培训。", "QIHANG",
                    List.of(TargetGroup.MIGRANT_WORKERS, TargetGroup.ADOLESCENTS), "EMPLOYMENT", 20),
            "KITCHEN", new ProgrammeSpec("邻里厨房·长者营养餐", "志愿者和长者一起做营养午餐，困难家庭优先。", "YH-VOL",
                    List.of(TargetGroup.ELDERLY, TargetGroup.HARDSHIP_FAMILIES), "ELDERLY-CARE", 12));

    private final JdbcTemplate jdbc;
    private final ProgrammeService programmes;
    private final UsageRollup rollup;
    private final PeopleRollup peopleRollup;
    private final Clock clock;

    DemoHistory(JdbcTemplate jdbc, ProgrammeService programmes, UsageRollup rollup, PeopleRollup peopleRollup,
                Clock clock) {
        this.peopleRollup = peopleRollup;
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.rollup = rollup;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void seed() {
        long began = System.nanoTime();
        var random = new Random(SEED);
        var now = clock.instant();
        var rooms = rooms();
        if (rooms.isEmpty()) {
            return;
        }
        var zone = ZoneId.of(jdbc.queryForObject("select time_zone from centre where code = 'KJY'", String.class));
        var first = LocalDate.ofInstant(now, zone).minusWeeks(WEEKS);
        var organisations = new HashMap<String, Long>();
        jdbc.query("select code, id from organisation", rs -> { organisations.put(rs.getString(1), rs.getLong(2)); });
        var people = new DemoHistoryPeople(jdbc, random, organisations.get("QIHANG"), first.atStartOfDay(zone).toInstant());
        var programmeIds = programmes(organisations, first.atStartOfDay(zone).toInstant());
        var rows = new DemoHistoryRows(jdbc);
        var visits = new DemoHistoryVisits(rows, people, programmeIds, random, now);

        var today = new DemoHistoryToday(jdbc, zone, now);
        var live = today.liveSlots(rooms);
        var planned = new ArrayList<Planned>();
        for (var room : rooms) {
            var hours = today.hours(room.centreId());
            var closed = today.closedDays(room, first);
            DemoHistoryPlan.plan(room, zone, first, now, hours, closed, random).stream()
                    .filter(p -> live.stream().noneMatch(l -> l.room().equals(room) && overlaps(p, l)))
                    .forEach(planned::add);
        }
        visits.book(planned, live, accounts(), organisations);
        var bookingIds = rows.writeBookings();
        visits.sessions(bookingIds);
        var sessionIds = rows.writeSessions();
        visits.registrations(sessionIds);
        var registrationIds = rows.writeRegistrations();
        visits.attendance(registrationIds);
        for (var centre : rooms.stream().map(Room::centreId).distinct().toList()) {
            var kiosk = rooms.stream().filter(r -> r.centreId() == centre).findFirst().orElseThrow().kioskId();
            visits.walkIns(centre, kiosk, zone, first, today.hours(centre), today.closedDays(centre, first));
        }
        rows.writeVisits();
        people.dateResidents(rows);
        long written = System.nanoTime();
        // written with SQL, so the daily rollups learn of it here, not from the services' change marks
        var yesterday = LocalDate.ofInstant(now, zone).minusDays(1);
        rooms.stream().map(Room::centreId).distinct().forEach(centre -> {
            rollup.rebuild(centre, first, yesterday, now);
            peopleRollup.rebuild(centre, now);
        });
        log.info("Demo history: {} bookings, {} sessions, {} registrations, {} check-ins over {} weeks in {} ms"
                + " (usage and people rollups {} ms)", rows.bookings.size(), rows.sessions.size(), rows.registrations.size(),
                rows.checkIns.size(), WEEKS, (written - began) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
    }

    private static boolean overlaps(Planned planned, Planned live) {
        var room = planned.room();
        return planned.start().minus(Duration.ofMinutes(room.setup())).isBefore(live.end().plus(Duration.ofMinutes(
                room.cleanup()))) && planned.end().plus(Duration.ofMinutes(room.cleanup())).isAfter(
                live.start().minus(Duration.ofMinutes(room.setup())));
    }

    /** The bookable rooms of the demo centres with their entrance kiosk. */
    private List<Room> rooms() {
        return jdbc.query("select r.id, r.centre_id, c.code as centre_code, r.code, r.capacity, r.setup_minutes,"
                + " r.cleanup_minutes, (select min(k.id) from kiosk_device k where k.centre_id = c.id) as kiosk"
                + " from room r join centre c on c.id = r.centre_id where c.code in ('KJY', 'GXQ', 'NTC', 'TL')"
                + " and r.bookable = true and r.active = true order by c.code, r.code", (rs, i) -> new Room(
                        rs.getLong("id"), rs.getLong("centre_id"), rs.getString("centre_code"), rs.getString("code"),
                        rs.getInt("capacity"), rs.getInt("setup_minutes"), rs.getInt("cleanup_minutes"),
                        (Long) rs.getObject("kiosk", Long.class)));
    }

    /** username -> {id, display name} of the demo accounts that book and confirm. */
    private Map<String, Object[]> accounts() {
        var accounts = new HashMap<String, Object[]>();
        jdbc.query("select username, id, display_name from user_account where username in ('admin', 'manager', 'ngo')",
                rs -> { accounts.put(rs.getString(1), new Object[] {rs.getLong(2), rs.getString(3)}); });
        return accounts;
    }

    /** The history programmes, through the programme service, dated back to the start of the history. */
    private Map<String, Long> programmes(Map<String, Long> organisations, Instant since) {
        var ids = new HashMap<String, Long>();
        for (var entry : PROGRAMMES.entrySet()) {
            var spec = entry.getValue();
            Long category = jdbc.queryForList("select id from catalogue_entry where code = ? and level = 'CATEGORY'",
                    Long.class, spec.category()).stream().findFirst().orElse(null);
            var visibility = "PARTY".equals(entry.getKey()) ? ProgrammeVisibility.INVITATION : ProgrammeVisibility.PUBLIC;
            long id = programmes.create(new ProgrammeDraft(organisations.get(spec.organisation()), spec.title(),
                    spec.description(), new HashSet<>(spec.groups()), category, "街道社区党组织服务群众经费",
                    spec.capacity(), RegistrationMode.PER_SESSION, visibility, null, null)).id();
            ids.put(entry.getKey(), id);
        }
        jdbc.update("update programme set created_at = ? where id in (" + String.join(",", ids.values().stream()
                .map(String::valueOf).toList()) + ")", ts(since.minus(Duration.ofDays(14))));
        return ids;
    }
}
