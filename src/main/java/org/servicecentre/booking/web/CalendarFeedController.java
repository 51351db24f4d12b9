package org.servicecentre.booking.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import org.servicecentre.booking.CalendarFeedService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side of calendar links: calendar apps fetch {@code /calendar/{token}.ics} without signing in. An
 * unknown or revoked token is a plain 404 that says nothing about why.
 */
@RestController
@Hidden
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping(CalendarFeedService.PATH + "{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return feeds.ics(token)
                .map(text -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .header("X-Robots-Tag", "noindex")
                        .body(text.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
