package org.servicecentre.booking;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.PartnershipDraft;
import org.servicecentre.centre.PartnershipService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.organisation.OrganisationDraft;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.AccountDraft;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.DevicePrincipal;
import org.servicecentre.security.Role;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * For tests of confirming a booking's start: an organisation and staff accounts of their own (so that no other test's
 * bookings, nor the demo's, are among "theirs"), bookings in fresh rooms of 高新区 (GXQ) moved to "now" in the
 * database (rooms can only be booked ahead), and calls made as a kiosk of a centre.
 */
@Component
public class BookingStartFixtures {

    /** The id the kiosk of {@link #asKiosk} has. */
    public static final long KIOSK_ID = 9_101L;

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final BookingFixtures bookings;
    private final BookingService service;
    private final BookingQueries bookingQueries;
    private final OrganisationService organisations;
    private final AccountService accounts;
    private final CentreService centres;
    private final PartnershipService partnerships;
    private final JdbcTemplate jdbc;

    BookingStartFixtures(BookingFixtures bookings, BookingService service, BookingQueries bookingQueries,
                         OrganisationService organisations, AccountService accounts, CentreService centres,
                         PartnershipService partnerships, JdbcTemplate jdbc) {
        this.partnerships = partnerships;
        this.bookings = bookings;
        this.service = service;
        this.bookingQueries = bookingQueries;
        this.organisations = organisations;
        this.accounts = accounts;
        this.centres = centres;
        this.jdbc = jdbc;
    }

    public long centre(String code) {
        return SystemAuthentication.asSystem(() -> centres.getByCode(code)).id();
    }

    /** A new NGO of the 南山区 area, a partner of 高新区 (GXQ) and 科技园 (KJY), with no bookings yet. */
    public long organisation() {
        return SystemAuthentication.asSystem(() -> {
            var draft = new OrganisationDraft();
            draft.setCode("BS" + unique());
            draft.setName("开始确认测试社工站 " + draft.getCode());
            draft.setRegionId(centres.getByCode("GXQ").regionId());
            long id = organisations.create(draft).id();
            partnerships.create(PartnershipDraft.withCentre(id, centres.getByCode("GXQ").id()));
            partnerships.create(PartnershipDraft.withCentre(id, centres.getByCode("KJY").id()));
            return id;
        });
    }

    /** A new account; returns its username (password {@code demo12345}). */
    public String account(Role role, String displayName, Long organisationId, Set<Long> centreIds) {
        return SystemAuthentication.asSystem(() -> {
            var draft = new AccountDraft();
            draft.setUsername("bs-" + unique());
            draft.setDisplayName(displayName);
            draft.setRole(role);
            draft.setOrganisationId(organisationId);
            draft.setCentreIds(centreIds);
            return accounts.create(draft, "demo12345").username();
        });
    }

    public long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    public RoomSummary room() {
        return bookings.room(20, 0, false);
    }

    /** A confirmed booking of the organisation in the room, 14:00–16:00 on a weekday at least a week ahead. */
    public BookingSummary bookAhead(RoomSummary room, long organisationId) {
        var day = bookings.openWeekday(room, 7);
        return bookings.as("manager", () -> service.create(new BookingDraft(room.id(), BookingFixtures.at(day, "14:00"),
                BookingFixtures.at(day, "16:00"), "开始确认测试", organisationId, 10, null)));
    }

    /**
     * A confirmed booking of the organisation in the room that starts {@code startsInMinutes} from now (negative: it
     * began that long ago) and lasts {@code minutes}: booked ahead by the demo manager, then moved to now.
     */
    public BookingSummary bookNow(RoomSummary room, long organisationId, int startsInMinutes, int minutes) {
        var start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(startsInMinutes));
        return bookAt(room, organisationId, start, minutes);
    }

    /** A confirmed booking of the organisation in the room from {@code start} for {@code minutes}, at any hour. */
    public BookingSummary bookAt(RoomSummary room, long organisationId, Instant start, int minutes) {
        var day = bookings.openWeekday(room, 7);
        var hour = 10 + SEQUENCE.incrementAndGet() % 10;
        var ahead = bookings.as("manager", () -> service.create(new BookingDraft(room.id(),
                BookingFixtures.at(day, hour + ":00"), BookingFixtures.at(day, hour + ":45"), "开始确认测试",
                organisationId, 10, null)));
        var end = start.plus(Duration.ofMinutes(minutes));
        jdbc.update("update booking set starts_at = ?, ends_at = ?, blocked_from = ?, blocked_until = ? where id = ?",
                Timestamp.from(start), Timestamp.from(end), Timestamp.from(start), Timestamp.from(end), ahead.id());
        return SystemAuthentication.asSystem(() -> bookingQueries.get(ahead.id()));
    }

    /** Runs {@code work} as a paired kiosk of the centre (a device principal, as the device filter makes one). */
    public <T> T asKiosk(long centreId, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new DevicePrincipal(KIOSK_ID, "BS-KIOSK", "开始确认测试签到机", centreId), null,
                List.of(new SimpleGrantedAuthority(Role.KIOSK.authority()))));
        try {
            return work.get();
        } finally {
            context.setAuthentication(before);
        }
    }

    public <T> T as(String username, Supplier<T> work) {
        return bookings.as(username, work);
    }

    private static String unique() {
        return SEQUENCE.incrementAndGet() + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }
}
