package org.servicecentre.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicecentre.centre.RoomService;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret calendar links (.ics) that phone and desktop calendars subscribe to: NGO staff create one for their own
 * organisation's bookings, managers and admins one for a room of the centres they keep. The link is shown once;
 * only its hash is stored, and its creator can revoke it. Calendar apps fetch it without signing in.
 */
@Service
@Transactional
public class CalendarFeedService {

    /** Where feeds are served; the token and {@code .ics} follow. */
    public static final String PATH = "/calendar/";

    private final CalendarFeeds feeds;
    private final IcsFeedWriter writer;
    private final RoomService rooms;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeedService(CalendarFeeds feeds, IcsFeedWriter writer, RoomService rooms,
                        OrganisationService organisations, CurrentUser currentUser, Clock clock) {
        this.feeds = feeds;
        this.writer = writer;
        this.rooms = rooms;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A link to the bookings of the caller's organisation. */
    @PreAuthorize("hasRole('NGO_STAFF')")
    public IssuedCalendarFeed createForOrganisation() {
        var scope = currentUser.scope();
        if (scope.organisationId() == null) {
            throw new AccessDeniedException("the caller belongs to no organisation");
        }
        return issue(CalendarFeedKind.ORGANISATION, scope.organisationId());
    }

    /** A link to the bookings of a room in a centre the caller keeps. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public IssuedCalendarFeed createForRoom(long roomId) {
        var scope = currentUser.scope();
        var room = rooms.get(roomId);
        if (!scope.isAdmin() && !scope.managesCentre(room.centreId())) {
            throw new AccessDeniedException("managers publish only the rooms of their own centres");
        }
        return issue(CalendarFeedKind.ROOM, roomId);
    }

    /** The links the caller created, newest first, revoked ones too; never their tokens. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    @Transactional(readOnly = true)
    public List<CalendarFeedSummary> mine() {
        var names = new Names();
        return feeds.findByCreatedByOrderByCreatedAtDesc(currentUser.scope().username()).stream()
                .map(names::summary).toList();
    }

    /** Revokes one of the caller's links; calendars subscribed to it stop receiving updates. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    public CalendarFeedSummary revoke(long id) {
        var feed = feeds.findById(id).filter(f -> f.createdBy().equals(currentUser.scope().username()))
                .orElseThrow(() -> new NotFoundException("calendar feed", id));
        feed.revoke(clock.instant());
        return new Names().summary(feed);
    }

    /**
     * The calendar behind a link, as RFC 5545 text; empty when the token is unknown or revoked. Needs no signed-in
     * user: the token is the permission.
     */
    @Transactional(readOnly = true)
    public Optional<String> ics(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(hash(token)).filter(CalendarFeed::active)
                .map(feed -> SystemAuthentication.asSystem(() -> writer.write(feed.kind(), feed.targetId())));
    }

    private IssuedCalendarFeed issue(CalendarFeedKind kind, long targetId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var saved = feeds.save(new CalendarFeed(kind, targetId, hash(token), currentUser.scope().username(),
                clock.instant()));
        return new IssuedCalendarFeed(token, new Names().summary(saved));
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Names of what links publish. Looked up as the system: a manager who no longer keeps a room's centre still
     * sees which room their old link was for, and may revoke it.
     */
    private final class Names {

        private final Map<String, String> cache = new HashMap<>();

        CalendarFeedSummary summary(CalendarFeed feed) {
            String name = cache.computeIfAbsent(feed.kind() + ":" + feed.targetId(),
                    key -> SystemAuthentication.asSystem(() -> name(feed)));
            return new CalendarFeedSummary(feed.id(), feed.kind(), feed.targetId(), name, feed.createdAt(),
                    feed.revokedAt());
        }

        private String name(CalendarFeed feed) {
            return switch (feed.kind()) {
                case ORGANISATION -> organisations.names(List.of(feed.targetId()))
                        .getOrDefault(feed.targetId(), "#" + feed.targetId());
                case ROOM -> {
                    var room = rooms.get(feed.targetId());
                    yield room.centreName() + " · " + room.name();
                }
            };
        }
    }
}
