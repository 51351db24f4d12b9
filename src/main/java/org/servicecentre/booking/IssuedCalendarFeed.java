package org.servicecentre.booking;

/** A calendar link just created: the only time its secret token is known outside the caller's calendar app. */
public record IssuedCalendarFeed(String token, CalendarFeedSummary feed) {

    /** The path of the feed under the application's address, e.g. {@code /calendar/abc….ics}. */
    public String path() {
        return CalendarFeedService.PATH + token + ".ics";
    }
}
