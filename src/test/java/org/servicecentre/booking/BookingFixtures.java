package org.servicecentre.booking;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.DayHours;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.centre.RoomDraft;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.stereotype.Component;

/**
 * Rooms and dates for booking tests that share one database: each test books its own fresh room in 高新区 (GXQ,
 * open 10:00–22:00 on weekdays), on a regular weekday a few weeks ahead, so tests cannot collide.
 */
@Component
public class BookingFixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger ROOMS = new AtomicInteger();

    private final RoomService rooms;
    private final CentreService centres;
    private final OpeningHoursService hours;
    private final OrganisationService organisations;
    private final org.springframework.security.core.userdetails.UserDetailsService users;

    BookingFixtures(RoomService rooms, CentreService centres, OpeningHoursService hours,
                    OrganisationService organisations,
                    org.springframework.security.core.userdetails.UserDetailsService users) {
        this.users = users;
        this.rooms = rooms;
        this.centres = centres;
        this.hours = hours;
        this.organisations = organisations;
    }

    /** A new bookable room in GXQ with this capacity, buffers and approval setting. */
    public RoomSummary room(int capacity, int bufferMinutes, boolean needsApproval) {
        return SystemAuthentication.asSystem(() -> {
            var draft = new RoomDraft();
            draft.setCode("T" + ROOMS.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase());
            draft.setName("测试活动室 " + draft.getCode());
            draft.setCapacity(capacity);
            draft.setAreaSquareMetres(BigDecimal.valueOf(40));
            draft.setNeedsApproval(needsApproval);
            draft.setSetupMinutes(bufferMinutes);
            draft.setCleanupMinutes(bufferMinutes);
            draft.setBookable(true);
            draft.setAmenityIds(Set.of());
            return rooms.create(centres.getByCode("GXQ").id(), draft);
        });
    }

    /** A weekday at least {@code daysAhead} days from now on which the room keeps its regular hours. */
    public LocalDate openWeekday(RoomSummary room, int daysAhead) {
        return openDaysFrom(room, daysAhead, 1);
    }

    /**
     * Like {@link #openWeekday(RoomSummary, int)}, and so are the same weekday of the {@code weeks} − 1 weeks after it
     * and every day in between: for a weekly series that must book every occurrence (the demo closes every centre at
     * New Year and the Spring Festival, so a day picked naively runs into a closure on some dates of the year).
     */
    public LocalDate openWeekday(RoomSummary room, int daysAhead, int weeks) {
        return openDaysFrom(room, daysAhead, 7 * (weeks - 1) + 1);
    }

    /**
     * A weekday at least {@code daysAhead} days from now that starts {@code span} days in a row on which the room
     * keeps its regular hours, the last of them inside the default booking horizon (90 days).
     */
    public LocalDate openDaysFrom(RoomSummary room, int daysAhead, int span) {
        return SystemAuthentication.asSystem(() -> {
            var today = LocalDate.now(SHANGHAI);
            var from = today.plusDays(daysAhead);
            var lastAllowed = today.plusDays(BookingRules.DEFAULTS.horizonDays() - 1);
            var days = hours.roomDays(room.id(), from, lastAllowed);
            for (int first = 0; first + span <= days.size(); first++) {
                var candidate = days.get(first);
                if (candidate.date().getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()
                        && days.subList(first, first + span).stream().allMatch(
                                d -> d.kind() == DayHours.Kind.REGULAR && !d.ranges().isEmpty())) {
                    return candidate.date();
                }
            }
            throw new IllegalStateException("no weekday from " + from + " with " + span
                    + " regular open days before the booking horizon " + lastAllowed);
        });
    }

    public static Instant at(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
    }

    public long organisation(String code) {
        return SystemAuthentication.asSystem(() -> organisations.list(code, null, 0, 5).stream()
                .filter(o -> o.code().equals(code)).findFirst().orElseThrow().id());
    }

    public static BookingDraft draft(RoomSummary room, Instant start, Instant end, int attendance) {
        return new BookingDraft(room.id(), start, end, "测试预约", null, attendance, null);
    }

    /** Runs {@code action} signed in as a demo user, then restores whoever was signed in before. */
    public <T> T as(String username, java.util.function.Supplier<T> action) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        var user = users.loadUserByUsername(username);
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            context.setAuthentication(before);
        }
    }
}
