package org.servicecentre.occupancy.ui;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreLevel;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RegionDraft;
import org.servicecentre.centre.RegionLevel;
import org.servicecentre.centre.RegionService;
import org.servicecentre.centre.RoomDraft;
import org.servicecentre.centre.RoomService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fresh streets, centres and rooms for the dashboard tests (nobody manages them, so the demo manager cannot see them),
 * with settled past days of use written straight into the daily rollup, so each test knows its figures exactly.
 */
@Component
class DashboardFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final RegionService regions;
    private final CentreService centres;
    private final RoomService rooms;
    private final JdbcTemplate jdbc;

    DashboardFixtures(RegionService regions, CentreService centres, RoomService rooms, JdbcTemplate jdbc) {
        this.regions = regions;
        this.centres = centres;
        this.rooms = rooms;
        this.jdbc = jdbc;
    }

    /** A new street in 南山区 (the demo officer's district). */
    long street() {
        return SystemAuthentication.asSystem(() -> {
            var district = regions.list("南山区", RegionLevel.DISTRICT, 0, 1).getFirst();
            var draft = new RegionDraft();
            draft.setCode("DSH" + tag());
            draft.setName("看板测试街道" + draft.getCode());
            draft.setLevel(RegionLevel.STREET);
            draft.setParentId(district.id());
            return regions.create(draft).id();
        });
    }

    /** A new shequ centre in a new shequ of the street. */
    long centre(long streetId, String name) {
        return SystemAuthentication.asSystem(() -> {
            var shequ = new RegionDraft();
            shequ.setCode("DSQ" + tag());
            shequ.setName("看板测试社区" + shequ.getCode());
            shequ.setLevel(RegionLevel.SHEQU);
            shequ.setParentId(streetId);
            var draft = new CentreDraft();
            draft.setCode("DSH" + tag());
            draft.setName(name);
            draft.setLevel(CentreLevel.SHEQU);
            draft.setRegionId(regions.create(shequ).id());
            return centres.create(draft).id();
        });
    }

    long room(long centreId, String name) {
        return SystemAuthentication.asSystem(() -> {
            var draft = new RoomDraft();
            draft.setCode("R" + tag());
            draft.setName(name);
            draft.setCapacity(20);
            draft.setAreaSquareMetres(BigDecimal.valueOf(40));
            draft.setBookable(true);
            draft.setAmenityIds(Set.of());
            return rooms.create(centreId, draft).id();
        });
    }

    /**
     * A settled day of a room: open 09:00–19:00 (600 minutes), {@code booked} and {@code attended} minutes from 14:00,
     * {@code held} bookings of which {@code released} were released and {@code unattended} nobody came to.
     */
    void day(long roomId, long centreId, LocalDate day, int booked, int attended, int held, int released,
             int unattended) {
        var open = new int[24];
        var bookedByHour = new int[24];
        for (int hour = 9; hour < 19; hour++) {
            open[hour] = 60;
        }
        int left = booked;
        for (int hour = 14; hour < 24 && left > 0; hour++) {
            bookedByHour[hour] = Math.min(60, left);
            left -= bookedByHour[hour];
        }
        jdbc.update("delete from room_day_usage where room_id = ? and on_day = ?", roomId, Date.valueOf(day));
        jdbc.update("insert into room_day_usage (room_id, centre_id, on_day, open_minutes, booked_minutes, attended_minutes,"
                + " held_bookings, released_bookings, unattended_bookings, cancelled_bookings, open_by_hour, booked_by_hour,"
                + " computed_at) values (?, ?, ?, 600, ?, ?, ?, ?, ?, 0, ?, ?, ?)", roomId, centreId, Date.valueOf(day),
                booked, attended, held, released, unattended, csv(open), csv(bookedByHour),
                Timestamp.from(Instant.now()));
        // the per-centre sums, as the rollup writes them with its room rows
        jdbc.update("delete from centre_day_usage where centre_id = ? and on_day = ?", centreId, Date.valueOf(day));
        jdbc.update("insert into centre_day_usage (centre_id, on_day, open_minutes, booked_minutes, attended_minutes,"
                + " held_bookings, released_bookings, unattended_bookings, cancelled_bookings) select centre_id, on_day,"
                + " sum(open_minutes), sum(booked_minutes), sum(attended_minutes), sum(held_bookings),"
                + " sum(released_bookings), sum(unattended_bookings), sum(cancelled_bookings) from room_day_usage"
                + " where centre_id = ? and on_day = ? group by centre_id, on_day", centreId, Date.valueOf(day));
        settled(centreId);
    }

    /** Marks the centre settled through yesterday, so the rollup job never recomputes the days written here. */
    private void settled(long centreId) {
        jdbc.update("delete from usage_settled where centre_id = ?", centreId);
        jdbc.update("insert into usage_settled (centre_id, settled_through) values (?, ?)", centreId,
                Date.valueOf(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1)));
    }

    /** The same day of use on each of the {@code days} days up to {@code last}. */
    void days(long roomId, long centreId, LocalDate last, int days, int booked, int attended, int held, int released,
              int unattended) {
        for (int i = 0; i < days; i++) {
            day(roomId, centreId, last.minusDays(i), booked, attended, held, released, unattended);
        }
    }

    private static String csv(int[] minutes) {
        var parts = new java.util.ArrayList<String>(Collections.nCopies(24, "0"));
        for (int i = 0; i < 24; i++) {
            parts.set(i, Integer.toString(minutes[i]));
        }
        return String.join(",", parts);
    }

    private static String tag() {
        return COUNTER.incrementAndGet() + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
    }
}
