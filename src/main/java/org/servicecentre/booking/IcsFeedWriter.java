package org.servicecentre.booking;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.organisation.OrganisationService;
import org.springframework.stereotype.Component;

/**
 * Writes a feed as an RFC 5545 calendar: one event per booking from 30 days back to 180 days ahead, times in UTC.
 * Occurrences of a series are separate bookings, so series are published expanded, one event each, never as RRULE.
 * Bookings that freed their room in the last 30 days stay in with STATUS:CANCELLED, so subscribed calendars drop
 * them instead of keeping a stale copy. Runs as the system: the caller has checked the feed's token.
 */
@Component
class IcsFeedWriter {

    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(180);
    static final String PRODUCT = "-//Service Centre//Room bookings//ZH";
    private static final Set<BookingStatus> LIVE = EnumSet.of(BookingStatus.REQUESTED, BookingStatus.CONFIRMED,
            BookingStatus.COMPLETED);
    private static final Set<BookingStatus> DROPPED = EnumSet.of(BookingStatus.CANCELLED, BookingStatus.DECLINED,
            BookingStatus.RELEASED);

    private final FeedBookings bookings;
    private final RoomService rooms;
    private final CentreService centres;
    private final OrganisationService organisations;
    private final Clock clock;

    IcsFeedWriter(FeedBookings bookings, RoomService rooms, CentreService centres, OrganisationService organisations,
                  Clock clock) {
        this.bookings = bookings;
        this.rooms = rooms;
        this.centres = centres;
        this.organisations = organisations;
        this.clock = clock;
    }

    String write(CalendarFeedKind kind, long targetId) {
        var now = clock.instant();
        var from = now.minus(PAST);
        var to = now.plus(AHEAD);
        List<Booking> found = switch (kind) {
            case ORGANISATION -> bookings.ofOrganisation(targetId, from, to, LIVE, DROPPED, from);
            case ROOM -> bookings.ofRoom(targetId, from, to, LIVE, DROPPED, from);
        };
        var names = organisations.names(found.stream().map(Booking::organisationId).distinct().toList());
        var labels = new Labels();
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName(kind, targetId, labels)));
        for (var booking : found) {
            var room = labels.room(booking.roomId());
            var centre = labels.centre(booking.centreId());
            String organisation = names.getOrDefault(booking.organisationId(), "");
            String summary = kind == CalendarFeedKind.ORGANISATION
                    ? booking.purpose() + " · " + room.name()
                    : organisation + " · " + booking.purpose();
            calendar.add(event(booking, summary, centre.name() + " " + room.name(), now));
        }
        try {
            var text = new StringWriter();
            new CalendarOutputter(false).output(calendar, text);
            return text.toString();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
    }

    private static VEvent event(Booking booking, String summary, String location, Instant now) {
        VEvent event = new VEvent(false);
        event.add(new Uid("booking-" + booking.id() + "@servicecentre"));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(booking.start()));
        event.add(new DtEnd<>(booking.end()));
        event.add(new Summary(summary));
        event.add(new Location(location));
        event.add(statusOf(booking.status()));
        return event;
    }

    static Status statusOf(BookingStatus status) {
        return switch (status) {
            case REQUESTED -> ImmutableStatus.VEVENT_TENTATIVE;
            case CONFIRMED, COMPLETED -> ImmutableStatus.VEVENT_CONFIRMED;
            case CANCELLED, DECLINED, RELEASED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    private String calendarName(CalendarFeedKind kind, long targetId, Labels labels) {
        return switch (kind) {
            case ORGANISATION -> organisations.names(List.of(targetId)).getOrDefault(targetId, "#" + targetId);
            case ROOM -> {
                var room = labels.room(targetId);
                yield labels.centre(room.centreId()).name() + " " + room.name();
            }
        };
    }

    /** Rooms and centres of one feed, each looked up once. */
    private final class Labels {

        private final Map<Long, RoomSummary> roomCache = new HashMap<>();
        private final Map<Long, CentreSummary> centreCache = new HashMap<>();

        RoomSummary room(long id) {
            return roomCache.computeIfAbsent(id, rooms::get);
        }

        CentreSummary centre(long id) {
            return centreCache.computeIfAbsent(id, centres::get);
        }
    }
}
