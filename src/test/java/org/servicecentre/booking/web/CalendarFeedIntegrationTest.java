package org.servicecentre.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicecentre.ApiClient.newAddress;
import static org.servicecentre.booking.BookingFixtures.at;
import static org.servicecentre.booking.BookingFixtures.draft;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingDraft;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.CalendarFeedKind;
import org.servicecentre.booking.CalendarFeedService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.WebApplicationContext;

/** Calendar links: fetched without signing in, valid RFC 5545, the right events, dead once revoked. */
@ServiceCentreTest
class CalendarFeedIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    BookingFixtures fixtures;

    @Autowired
    BookingService bookings;

    @Autowired
    CalendarFeedService feeds;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(context);
    }

    @Test
    void publishesTheOrganisationsBookingsAsAValidCalendarWithCancelledOnesMarked() throws Exception {
        var room = fixtures.room(20, 0, true);
        var day = fixtures.openWeekday(room, 21);
        var requested = fixtures.as("ngo", () -> bookings.create(draft(room, at(day, "10:00"), at(day, "11:30"), 8)));
        var cancelled = fixtures.as("ngo", () -> bookings.create(draft(room, at(day, "14:00"), at(day, "15:00"), 8)));
        fixtures.as("ngo", () -> bookings.cancel(cancelled.id(), "改期"));
        var issued = fixtures.as("ngo", feeds::createForOrganisation);

        var response = api.mvc().perform(get(issued.path()).with(newAddress()))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        var calendar = parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(calendar.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue).orElse("")).contains("启航");
        var first = event(calendar, requested.id()).orElseThrow();
        assertThat(value(first, Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(value(first, Property.DTSTART)).isEqualTo(day.toString().replace("-", "") + "T020000Z");
        assertThat(value(first, Property.DTEND)).isEqualTo(day.toString().replace("-", "") + "T033000Z");
        assertThat(value(first, Property.SUMMARY)).isEqualTo("测试预约 · " + room.name());
        assertThat(value(first, Property.LOCATION)).isEqualTo(room.centreName() + " " + room.name());
        assertThat(first.getProperty(Property.DTSTAMP)).isPresent();
        assertThat(value(event(calendar, cancelled.id()).orElseThrow(), Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void publishesARoomWithTheOrganisationsThatBookedIt() throws Exception {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 22);
        long volunteers = fixtures.organisation("YH-VOL");
        var theirs = fixtures.as("manager", () -> bookings.create(new BookingDraft(room.id(), at(day, "10:00"),
                at(day, "11:00"), "志愿者培训", volunteers, 10, null)));
        var issued = fixtures.as("manager", () -> feeds.createForRoom(room.id()));
        assertThat(issued.feed().kind()).isEqualTo(CalendarFeedKind.ROOM);
        assertThat(issued.feed().targetName()).contains(room.name());

        var body = api.mvc().perform(get(issued.path()).with(newAddress())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        var event = event(parse(body), theirs.id()).orElseThrow();
        assertThat(value(event, Property.SUMMARY)).isEqualTo(theirs.organisationName() + " · 志愿者培训");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThatThrownBy(() -> fixtures.as("ngo", () -> feeds.createForRoom(room.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void answersARevokedOrUnknownLinkWithNotFound() throws Exception {
        var issued = fixtures.as("ngo", feeds::createForOrganisation);
        api.mvc().perform(get(issued.path()).with(newAddress())).andExpect(status().isOk());
        assertThat(fixtures.as("ngo", feeds::mine)).anySatisfy(f -> {
            assertThat(f.id()).isEqualTo(issued.feed().id());
            assertThat(f.active()).isTrue();
        });

        fixtures.as("ngo", () -> feeds.revoke(issued.feed().id()));

        api.mvc().perform(get(issued.path()).with(newAddress())).andExpect(status().isNotFound());
        api.mvc().perform(get("/calendar/not-a-token.ics").with(newAddress())).andExpect(status().isNotFound());
        assertThat(fixtures.as("ngo", feeds::mine)).filteredOn(f -> f.id() == issued.feed().id())
                .singleElement().satisfies(f -> assertThat(f.active()).isFalse());
        assertThatThrownBy(() -> fixtures.as("manager", () -> feeds.revoke(issued.feed().id())))
                .isInstanceOf(org.servicecentre.shared.NotFoundException.class);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static Optional<VEvent> event(Calendar calendar, long bookingId) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> value(e, Property.UID).equals("booking-" + bookingId + "@servicecentre")).findFirst();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse("");
    }
}
