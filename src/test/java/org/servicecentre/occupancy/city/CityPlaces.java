package org.servicecentre.occupancy.city;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The fixed part of a synthetic city, written first: regions (city > districts > streets > shequs), one centre per
 * shequ (the first of each street's ten is the street's centre, level STREET, on the street region) with weekly
 * hours, short holiday hours and holiday closures, rooms (a few with a maintenance closure), organisations with their
 * partnership and a (disabled) staff account, a (disabled) manager account per centre, a service catalogue (3
 * sectors, 9 categories), one alliance per district (every 7th centre of it) served by one organisation, programmes
 * (each in a category, for one or two target groups) and a pool of pseudonymous residents per centre. Ids are chosen
 * here, above the tables' current ids.
 */
final class CityPlaces {

    static final String[] TARGET_GROUPS = {"CHILDREN", "ADOLESCENTS", "ELDERLY", "WOMEN", "DISABLED",
        "MIGRANT_WORKERS", "HARDSHIP_FAMILIES", "ETHNIC_MINORITIES", "PARTY_MEMBERS", "ALL_RESIDENTS"};
    private static final String[] KINDS = {"NGO", "VOLUNTEER_TEAM", "PARTY_BRANCH", "RESIDENTS_COMMITTEE"};
    private static final String[] ROOM_NAMES = {"多功能厅", "会议室", "活动室", "党员活动室", "儿童之家", "长者活动室",
        "阅览室", "培训教室", "舞蹈室", "议事厅"};

    final CityScale scale;
    final long[] base = new long[Ids.values().length];
    final int[] roomCapacity;
    final int[] roomSetup;
    final int[] roomCleanup;
    /** Per room: first day index of its maintenance closure (3 days), or -1. */
    final int[] roomClosedFrom;
    final long createdAt;

    enum Ids { REGION, CENTRE, ROOM, ORGANISATION, ACCOUNT, PROGRAMME, RESIDENT, BOOKING, SESSION, REGISTRATION,
        CHECK_IN, EXCEPTION, CLOSURE, WEEKLY, PARTNERSHIP, ALLIANCE, CATALOGUE, ATTENDANCE, FEEDBACK }

    /** Service sectors and their categories (codes, Chinese names), as a city's catalogue might have them. */
    static final String[][] SECTORS = {{"PARTY", "党建引领"}, {"LIVELIHOOD", "民生服务"}, {"CULTURE", "文化体育"}};
    static final String[][] CATEGORIES = {{"STUDY", "理论学习", "0"}, {"VOLUNTEER", "志愿服务", "0"},
        {"ELDERCARE", "养老助老", "1"}, {"CHILDCARE", "儿童关爱", "1"}, {"EMPLOYMENT", "就业帮扶", "1"},
        {"HEALTH", "健康义诊", "1"}, {"READING", "阅读推广", "2"}, {"ARTS", "文艺活动", "2"}, {"SPORTS", "体育健身", "2"}};

    CityPlaces(CityScale scale) {
        this.scale = scale;
        int rooms = scale.rooms();
        roomCapacity = new int[rooms];
        roomSetup = new int[rooms];
        roomCleanup = new int[rooms];
        roomClosedFrom = new int[rooms];
        var random = new SplittableRandom(scale.seed() * 31 + 7);
        for (int r = 0; r < rooms; r++) {
            roomCapacity[r] = (r % scale.roomsPerCentre()) == 0 ? 80 : 8 + random.nextInt(33);
            roomSetup[r] = new int[] {0, 15, 15, 30}[random.nextInt(4)];
            roomCleanup[r] = new int[] {0, 15, 30}[random.nextInt(3)];
            roomClosedFrom[r] = r % 10 == 7 ? random.nextInt(Math.max(1, scale.days() - 3)) : -1;
        }
        createdAt = CityActivity.epoch(scale.firstDay().minusDays(30), 540);
    }

    long id(Ids kind, long index) {
        return base[kind.ordinal()] + index + 1;
    }

    int districts() {
        return (scale.centres() + 99) / 100;
    }

    int streets() {
        return (scale.centres() + 9) / 10;
    }

    /** The shequ region of a centre's place (a street centre sits on its street, the shequ stays without one). */
    long shequOfCentre(int centre) {
        return id(Ids.REGION, 1 + districts() + streets() + centre);
    }

    /** The first centre of every ten (one street) is the street's centre (level STREET), the others shequ centres. */
    static boolean streetCentre(int centre) {
        return centre % 10 == 0;
    }

    /** How many alliances: one per district (100 centres), of its every 7th centre (every 2nd in a smaller city). */
    int alliances() {
        return districts();
    }

    /** The alliance a centre belongs to, or -1. */
    int allianceOf(int centre) {
        int step = scale.centres() >= 100 ? 7 : 2;
        return centre % 100 % step == 0 ? centre / 100 : -1;
    }

    long category(long programmeId) {
        return id(Ids.CATALOGUE, SECTORS.length + programmeId % CATEGORIES.length);
    }

    long organisation(int centre, int k) {
        return id(Ids.ORGANISATION, (long) centre * CityScale.ORGANISATIONS_PER_CENTRE + k);
    }

    long programme(int centre, int organisation, int k) {
        return id(Ids.PROGRAMME, ((long) centre * CityScale.ORGANISATIONS_PER_CENTRE + organisation)
                * CityScale.PROGRAMMES_PER_ORGANISATION + k);
    }

    long staffAccount(int centre, int organisation) {
        return id(Ids.ACCOUNT, scale.centres() + (long) centre * CityScale.ORGANISATIONS_PER_CENTRE + organisation);
    }

    long resident(int centre, int k) {
        return id(Ids.RESIDENT, (long) centre * CityScale.RESIDENTS_PER_CENTRE + k);
    }

    static String targetGroupOfResident(long residentIndex) {
        return TARGET_GROUPS[(int) ((residentIndex * 7 + residentIndex / 13) % TARGET_GROUPS.length)];
    }

    void readBaseIds(Connection connection) throws SQLException {
        String[] tables = {"region", "centre", "room", "organisation", "user_account", "programme", "resident",
            "booking", "programme_session", "registration", "check_in", "hours_exception", "closure", "weekly_range",
            "partnership", "alliance", "catalogue_entry", "session_attendance", "feedback"};
        try (var statement = connection.createStatement()) {
            for (int i = 0; i < tables.length; i++) {
                try (var rs = statement.executeQuery("select coalesce(max(id), 0) from " + tables[i])) {
                    rs.next();
                    base[i] = rs.getLong(1);
                }
            }
        }
    }

    /** Writes every fixed row; returns how many. */
    long write(Connection connection) throws SQLException {
        String p = scale.prefix();
        String lower = p.toLowerCase(Locale.ROOT);
        var region = new CopyBuffer("region", "id, code, name, level, parent_id, path");
        long city = id(Ids.REGION, 0);
        region.add(city).add(p + "-CITY").add("合成市").add("CITY").add((String) null).add("/" + city + "/").end();
        for (int d = 0; d < districts(); d++) {
            long id = id(Ids.REGION, 1 + d);
            region.add(id).add(p + "-D" + d).add("第" + (d + 1) + "区").add("DISTRICT").add(city)
                    .add("/" + city + "/" + id + "/").end();
        }
        for (int s = 0; s < streets(); s++) {
            long district = id(Ids.REGION, 1 + s / 10);
            long id = id(Ids.REGION, 1 + districts() + s);
            region.add(id).add(p + "-S" + s).add("第" + (s / 10 + 1) + "区" + (s % 10 + 1) + "号街道").add("STREET")
                    .add(district).add("/" + city + "/" + district + "/" + id + "/").end();
        }
        var centre = new CopyBuffer("centre", "id, code, name, level, region_id, address, phone, time_zone");
        var weekly = new CopyBuffer("weekly_range", "id, centre_id, day_of_week, start_minute, end_minute");
        var exception = new CopyBuffer("hours_exception", "id, centre_id, on_date, reason");
        var exceptionRange = new CopyBuffer("hours_exception_range", "exception_id, start_minute, end_minute");
        var closure = new CopyBuffer("closure", "id, centre_id, room_id, first_day, last_day, reason");
        var room = new CopyBuffer("room", "id, centre_id, code, name, capacity, area_m2, floor, needs_approval, "
                + "setup_minutes, cleanup_minutes, door_token");
        var organisation = new CopyBuffer("organisation", "id, code, name, kind, region_id");
        var partnership = new CopyBuffer("partnership", "id, organisation_id, centre_id, alliance_id, created_by, "
                + "created_at");
        var account = new CopyBuffer("user_account", "id, username, display_name, password_hash, role, "
                + "organisation_id, enabled, created_at");
        var accountCentre = new CopyBuffer("user_account_centre", "user_account_id, centre_id");
        var programme = new CopyBuffer("programme", "id, organisation_id, title, category_id, registration_mode, "
                + "visibility, "
                + "public_code, created_by, created_at");
        var programmeGroup = new CopyBuffer("programme_target_group", "programme_id, target_group");
        var resident = new CopyBuffer("resident", "id, created_by, created_by_organisation_id, created_at");
        var residentGroup = new CopyBuffer("resident_target_group", "resident_id, target_group");
        long weeklyIndex = 0;
        long exceptionIndex = 0;
        long closureIndex = 0;
        for (int c = 0; c < scale.centres(); c++) {
            long shequ = shequOfCentre(c);
            long street = id(Ids.REGION, 1 + districts() + c / 10);
            long district = id(Ids.REGION, 1 + c / 100);
            String name = "第" + (c / 100 + 1) + "区" + (c / 10 % 10 + 1) + "号街道" + (c % 10 + 1) + "社区";
            region.add(shequ).add(p + "-Q" + c).add(name).add("SHEQU").add(street)
                    .add("/" + city + "/" + district + "/" + street + "/" + shequ + "/").end();
            long centreId = id(Ids.CENTRE, c);
            boolean atStreet = streetCentre(c);
            String streetName = "第" + (c / 100 + 1) + "区" + (c / 10 % 10 + 1) + "号街道";
            centre.add(centreId).add(p + "-C" + c).add((atStreet ? streetName : name) + "党群服务中心")
                    .add(atStreet ? "STREET" : "SHEQU").add(atStreet ? street : shequ)
                    .add(name + "中心路" + (c + 1) + "号").add("0755-" + (20000000 + c)).add("Asia/Shanghai").end();
            int[][][] template = CityCalendar.TEMPLATES[CityCalendar.template(c)];
            for (int dow = 1; dow <= 7; dow++) {
                for (int[] range : template[dow]) {
                    weekly.add(id(Ids.WEEKLY, weeklyIndex++)).add(centreId).add(dow).add(range[0]).add(range[1]).end();
                }
            }
            LocalDate closedFrom = null;
            for (int d = 0; d <= scale.days(); d++) {
                LocalDate day = scale.firstDay().plusDays(d);
                boolean closed = d < scale.days() && CityCalendar.holidayClosed(day);
                if (closed && closedFrom == null) {
                    closedFrom = day;
                } else if (!closed && closedFrom != null) {
                    closure.add(id(Ids.CLOSURE, closureIndex++)).add(centreId).add((String) null).date(closedFrom)
                            .date(day.minusDays(1)).add("法定节假日闭馆").end();
                    closedFrom = null;
                }
                if (d < scale.days() && !closed && CityCalendar.shortDay(day)) {
                    long exceptionId = id(Ids.EXCEPTION, exceptionIndex++);
                    exception.add(exceptionId).add(centreId).date(day).add("节假日缩短开放时间").end();
                    exceptionRange.add(exceptionId).add(CityCalendar.SHORT_DAY[0][0]).add(CityCalendar.SHORT_DAY[0][1])
                            .end();
                }
            }
            for (int k = 0; k < scale.roomsPerCentre(); k++) {
                int r = c * scale.roomsPerCentre() + k;
                long roomId = id(Ids.ROOM, r);
                room.add(roomId).add(centreId).add(String.format(Locale.ROOT, "R%02d", k + 1))
                        .add(ROOM_NAMES[k % ROOM_NAMES.length] + (k >= ROOM_NAMES.length ? " " + (k + 1) : ""))
                        .add(roomCapacity[r]).add(roomCapacity[r] * 2 + 10).add((k / 4 + 1) + "F").add(k % 4 == 3)
                        .add(roomSetup[r]).add(roomCleanup[r]).add("city-" + lower + "-" + roomId).end();
                if (roomClosedFrom[r] >= 0) {
                    LocalDate from = scale.firstDay().plusDays(roomClosedFrom[r]);
                    closure.add(id(Ids.CLOSURE, closureIndex++)).add(centreId).add(roomId).date(from)
                            .date(from.plusDays(2)).add("设备维修").end();
                }
            }
            long manager = id(Ids.ACCOUNT, c);
            account.add(manager).add(lower + "-manager-" + c).add(name + "中心主任").add("!synthetic")
                    .add("CENTRE_MANAGER").add((String) null).add(false).instant(createdAt).end();
            accountCentre.add(manager).add(centreId).end();
            for (int o = 0; o < CityScale.ORGANISATIONS_PER_CENTRE; o++) {
                long orgId = organisation(c, o);
                String kind = KINDS[(c + o) % KINDS.length];
                organisation.add(orgId).add(p + "-O" + c + "-" + o).add(name + "服务组织" + (o + 1)).add(kind)
                        .add(shequ).end();
                partnership.add(id(Ids.PARTNERSHIP, (long) c * CityScale.ORGANISATIONS_PER_CENTRE + o)).add(orgId)
                        .add(centreId).add((String) null).add("city-generator").instant(createdAt).end();
                account.add(staffAccount(c, o)).add(lower + "-staff-" + c + "-" + o).add(name + "社工" + (o + 1))
                        .add("!synthetic").add("NGO_STAFF").add(orgId).add(false).instant(createdAt).end();
                for (int k = 0; k < CityScale.PROGRAMMES_PER_ORGANISATION; k++) {
                    long programmeId = programme(c, o, k);
                    int categoryIndex = (int) (programmeId % CATEGORIES.length);
                    programme.add(programmeId).add(orgId)
                            .add(name + CATEGORIES[categoryIndex][1] + (k == 0 ? "报名活动" : "开放活动") + (o + 1))
                            .add(category(programmeId))
                            .add(k == 0 ? "PER_SESSION" : "NONE").add("PUBLIC")
                            .add(p + "P" + Long.toString(programmeId, 36).toUpperCase(Locale.ROOT))
                            .add("city-generator").instant(createdAt).end();
                    programmeGroup.add(programmeId).add(TARGET_GROUPS[(int) (programmeId % TARGET_GROUPS.length)])
                            .end();
                    if (programmeId % 3 == 0) { // some programmes are for two groups
                        programmeGroup.add(programmeId)
                                .add(TARGET_GROUPS[(int) ((programmeId + 3) % TARGET_GROUPS.length)]).end();
                    }
                }
            }
            for (int k = 0; k < CityScale.RESIDENTS_PER_CENTRE; k++) {
                long index = (long) c * CityScale.RESIDENTS_PER_CENTRE + k;
                long residentId = resident(c, k);
                resident.add(residentId).add("city-generator").add(organisation(c, k % 3)).instant(createdAt).end();
                residentGroup.add(residentId).add(targetGroupOfResident(index)).end();
            }
        }
        var catalogue = new CopyBuffer("catalogue_entry", "id, level, code, parent_id, name_zh, sort_order");
        for (int k = 0; k < SECTORS.length; k++) {
            catalogue.add(id(Ids.CATALOGUE, k)).add("SECTOR").add(p + "-" + SECTORS[k][0]).add((String) null)
                    .add(SECTORS[k][1]).add(k).end();
        }
        for (int k = 0; k < CATEGORIES.length; k++) {
            catalogue.add(id(Ids.CATALOGUE, SECTORS.length + k)).add("CATEGORY").add(p + "-" + CATEGORIES[k][0])
                    .add(id(Ids.CATALOGUE, Integer.parseInt(CATEGORIES[k][2]))).add(CATEGORIES[k][1]).add(k).end();
        }
        var alliance = new CopyBuffer("alliance", "id, code, name, description");
        var allianceCentre = new CopyBuffer("alliance_centre", "alliance_id, centre_id");
        for (int a = 0; a < alliances(); a++) {
            long allianceId = id(Ids.ALLIANCE, a);
            alliance.add(allianceId).add(p + "-A" + a).add("第" + (a + 1) + "区党群服务联盟").add("合成城市的区级阵地联盟")
                    .end();
            // the first organisation of the alliance's first centre serves the whole alliance
            partnership.add(id(Ids.PARTNERSHIP, (long) scale.centres() * CityScale.ORGANISATIONS_PER_CENTRE + a))
                    .add(organisation(a * 100, 0)).add((String) null).add(allianceId).add("city-generator")
                    .instant(createdAt).end();
        }
        for (int c = 0; c < scale.centres(); c++) {
            if (allianceOf(c) >= 0) {
                allianceCentre.add(id(Ids.ALLIANCE, allianceOf(c))).add(id(Ids.CENTRE, c)).end();
            }
        }
        long rows = 0;
        for (var buffer : new CopyBuffer[] {region, centre, weekly, exception, exceptionRange, room, closure,
            organisation, catalogue, alliance, allianceCentre, partnership, account, accountCentre, programme,
            programmeGroup, resident, residentGroup}) {
            rows += buffer.rows();
            buffer.flush(connection);
        }
        return rows;
    }
}
