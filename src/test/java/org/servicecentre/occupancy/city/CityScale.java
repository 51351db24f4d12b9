package org.servicecentre.occupancy.city;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * How big a synthetic city to make, and from which seed: the same scale and seed give the same rows.
 *
 * @param centres        shequ centres (one per shequ; 10 shequs a street, 10 streets a district)
 * @param roomsPerCentre rooms in each centre
 * @param bookings       bookings in all, spread over every open room-day of the period (exact)
 * @param checkIns       check-ins in all, at bookings that took place (exact)
 * @param seed           random seed
 * @param firstDay       first day of the period
 * @param days           length of the period in days
 * @param now            local time (Asia/Shanghai) that splits the past (completed, released) from the future
 *                       (confirmed, requested)
 * @param prefix         prefix of every generated code, so that several cities can share one database
 * @param attendanceShare share (0-1) of the sessions with registration whose registered check-ins are also written
 *                        as {@code session_attendance} rows (the kiosk records both; a sample keeps the volume sane)
 * @param feedbackShare   share (0-1) of the check-ins followed by a satisfaction score ({@code feedback}); about
 *                        half of the scores name the session
 */
public record CityScale(int centres, int roomsPerCentre, long bookings, long checkIns, long seed,
        LocalDate firstDay, int days, LocalDateTime now, String prefix, double attendanceShare,
        double feedbackShare) {

    public static final int ORGANISATIONS_PER_CENTRE = 3;
    public static final int PROGRAMMES_PER_ORGANISATION = 2;
    public static final int RESIDENTS_PER_CENTRE = 400;

    /** A city with the default samples: attendance for a quarter of the sessions, a score after 8 % of check-ins. */
    public CityScale(int centres, int roomsPerCentre, long bookings, long checkIns, long seed, LocalDate firstDay,
            int days, LocalDateTime now, String prefix) {
        this(centres, roomsPerCentre, bookings, checkIns, seed, firstDay, days, now, prefix, 0.25, 0.08);
    }

    public CityScale {
        if (attendanceShare < 0 || attendanceShare > 1 || feedbackShare < 0 || feedbackShare > 1) {
            throw new IllegalArgumentException("shares are between 0 and 1");
        }
        if (centres < 1 || roomsPerCentre < 1 || bookings < 0 || checkIns < 0 || days < 1) {
            throw new IllegalArgumentException("a city needs centres, rooms and days");
        }
        if (!prefix.matches("[A-Z][A-Z0-9]{0,7}")) {
            throw new IllegalArgumentException("prefix: 1-8 capital letters or digits, starting with a letter");
        }
    }

    /** The scale given by system properties {@code city.*}, with the defaults of the full run of issue 8. */
    public static CityScale fromSystemProperties() {
        return new CityScale(
                Integer.getInteger("city.centres", 1000),
                Integer.getInteger("city.roomsPerCentre", 10),
                Long.getLong("city.bookings", 25_000_000L),
                Long.getLong("city.checkIns", 25_000_000L),
                Long.getLong("city.seed", 42L),
                LocalDate.parse(System.getProperty("city.firstDay", "2026-01-01")),
                Integer.getInteger("city.days", 365),
                LocalDateTime.parse(System.getProperty("city.now", "2026-11-24T12:00")),
                System.getProperty("city.prefix", "SYN"),
                Double.parseDouble(System.getProperty("city.attendanceShare", "0.25")),
                Double.parseDouble(System.getProperty("city.feedbackShare", "0.08")));
    }

    public int rooms() {
        return centres * roomsPerCentre;
    }
}
