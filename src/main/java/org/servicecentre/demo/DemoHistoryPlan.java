package org.servicecentre.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Which bookings the demo centres' rooms had over the past weeks: per room and open day a few slots (morning,
 * afternoon, after school, evening), weekday afternoons busiest, evenings rare, slowly busier week by week; each slot
 * filled with one of the activities its kind of room is used for. Pure planning from a seeded {@link Random}, inside
 * the centre's weekly hours and outside its closures, never two bookings of a room overlapping (buffers included).
 */
final class DemoHistoryPlan {

    /** A bookable demo room and its centre's entrance kiosk. */
    record Room(long id, long centreId, String centreCode, String code, int capacity, int setup, int cleanup,
                Long kioskId) {
    }

    /** What a room is used for: a programme's session ({@code programme} names it) or a plain booking. */
    record Activity(String purpose, String organisation, String programme, int weight) {
    }

    record Planned(Room room, Activity activity, Instant start, Instant end) {
    }

    private record Slot(LocalTime start, int minutes, double weekday, double weekend) {
    }

    private static final List<Slot> SLOTS = List.of(new Slot(LocalTime.of(9, 30), 90, 0.3, 0.4),
            new Slot(LocalTime.of(14, 30), 90, 0.6, 0.3), new Slot(LocalTime.of(16, 30), 90, 0.25, 0.1),
            new Slot(LocalTime.of(19, 0), 90, 0.15, 0.05));

    static final Map<String, List<Activity>> USES = Map.of(
            "HALL", List.of(new Activity("长者健康讲座", "QIHANG", "HEALTH-TALK", 3),
                    new Activity("广场舞与合唱排练", "YH-VOL", "DANCE", 2),
                    new Activity("党员组织生活会", "KJY-PB", "PARTY", 2),
                    new Activity("社区议事会", "KJY-PB", null, 2), new Activity("居民文艺汇演排练", "YH-VOL", null, 1)),
            "MEET-1", List.of(new Activity("劳动权益与法律咨询", "QIHANG", "LEGAL", 3),
                    new Activity("党员学习", "KJY-PB", "PARTY", 2), new Activity("居民议事协商会", "KJY-PB", null, 2),
                    new Activity("社工督导会议", "QIHANG", null, 2)),
            "KIDS", List.of(new Activity("四点半课堂", "QIHANG", "AFTER-SCHOOL", 4),
                    new Activity("亲子阅读：绘本共读", "QIHANG", "READING", 2)),
            "ELDER", List.of(new Activity("长者智能手机课堂", "YH-VOL", "PHONE", 3),
                    new Activity("长者健康讲座", "QIHANG", "HEALTH-TALK", 2),
                    new Activity("长者书画班", "QIHANG", "CALLIGRAPHY", 2), new Activity("长者棋牌活动", "YH-VOL", null, 1)),
            "PC", List.of(new Activity("新就业群体电脑技能培训", "QIHANG", "SKILLS", 3),
                    new Activity("长者智能手机课堂", "YH-VOL", "PHONE", 1), new Activity("志愿者培训", "YH-VOL", null, 1)),
            "KITCHEN", List.of(new Activity("邻里厨房·长者营养餐", "YH-VOL", "KITCHEN", 2),
                    new Activity("邻里百家宴", "YH-VOL", null, 1)),
            "DANCE", List.of(new Activity("广场舞与合唱排练", "YH-VOL", "DANCE", 3), new Activity("舞蹈队自主排练", "YH-VOL", null, 1)),
            "READING", List.of(new Activity("亲子阅读：绘本共读", "QIHANG", "READING", 2),
                    new Activity("家长读书会", "QIHANG", null, 1), new Activity("劳动权益与法律咨询", "QIHANG", "LEGAL", 1)));

    private DemoHistoryPlan() {
    }

    /**
     * The bookings of the room on the days from {@code first} up to {@code now} (those that end by then), given its
     * centre's open ranges per weekday (minutes of the day) and closed days.
     */
    static List<Planned> plan(Room room, ZoneId zone, LocalDate first, Instant now,
                              Map<DayOfWeek, List<int[]>> hours, java.util.Set<LocalDate> closed, Random random) {
        var uses = USES.get(room.code());
        var planned = new ArrayList<Planned>();
        if (uses == null) {
            return planned;
        }
        var today = LocalDate.ofInstant(now, zone);
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, today);
        for (var day = first; !day.isAfter(today); day = day.plusDays(1)) {
            if (closed.contains(day)) {
                continue;
            }
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            double growth = 0.75 + 0.3 * java.time.temporal.ChronoUnit.DAYS.between(first, day) / Math.max(1, days);
            Instant blockedUntil = null;
            for (var slot : SLOTS) {
                double chance = (weekend ? slot.weekend() : slot.weekday()) * growth;
                boolean afterSchool = "KIDS".equals(room.code()) && !weekend && slot.start().getHour() == 16;
                if (afterSchool) {
                    chance = 0.9;
                }
                if (random.nextDouble() >= chance) {
                    continue;
                }
                var start = fit(hours.getOrDefault(day.getDayOfWeek(), List.of()), slot);
                if (start == null) {
                    continue;
                }
                var from = day.atTime(start).atZone(zone).toInstant();
                var until = from.plusSeconds(slot.minutes() * 60L);
                if (until.isAfter(now) || blockedUntil != null
                        && from.minusSeconds(room.setup() * 60L).isBefore(blockedUntil)) {
                    continue;
                }
                var activity = afterSchool ? uses.getFirst() : pick(uses, random);
                if (!afterSchool && "AFTER-SCHOOL".equals(activity.programme())) {
                    activity = uses.get(1); // the after-school class is held after school only
                }
                planned.add(new Planned(room, activity, from, until));
                blockedUntil = until.plusSeconds(room.cleanup() * 60L);
            }
        }
        return planned;
    }

    /** The slot's start, moved up to half an hour later if the centre opens later, or null when it does not fit. */
    private static LocalTime fit(List<int[]> ranges, Slot slot) {
        int start = slot.start().getHour() * 60 + slot.start().getMinute();
        for (int shift = 0; shift <= 30; shift += 30) {
            int from = start + shift;
            int to = from + slot.minutes();
            if (ranges.stream().anyMatch(r -> r[0] <= from && to <= r[1])) {
                return LocalTime.of(from / 60, from % 60);
            }
        }
        return null;
    }

    private static Activity pick(List<Activity> uses, Random random) {
        int total = uses.stream().mapToInt(Activity::weight).sum();
        int n = random.nextInt(total);
        for (var use : uses) {
            n -= use.weight();
            if (n < 0) {
                return use;
            }
        }
        return uses.getLast();
    }
}
