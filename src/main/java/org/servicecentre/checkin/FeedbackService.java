package org.servicecentre.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.servicecentre.centre.CentreService;
import org.servicecentre.programme.AttendanceDesk;
import org.servicecentre.programme.SessionService;
import org.servicecentre.programme.SessionStatus;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction scores (满意度评价): residents tap one of five faces at the kiosk, perhaps with a few tags, about the
 * centre or a session of today; managers and officers read how it went. Anonymous: a score names nobody and keeps its
 * time only to the hour. A score resent by a kiosk (same kiosk, same client nonce) is kept once.
 */
@Service
public class FeedbackService {

    public static final int LOWEST_SCORE = 1;
    public static final int HIGHEST_SCORE = 5;
    /** The longest period one summary covers, in days. */
    public static final int MOST_DAYS = 366;

    private final FeedbackWriter writer;
    private final Feedbacks feedbacks;
    private final KioskDevices kiosks;
    private final AttendanceDesk desk;
    private final SessionService sessions;
    private final CentreService centres;
    private final CurrentUser currentUser;
    private final Clock clock;

    FeedbackService(FeedbackWriter writer, Feedbacks feedbacks, KioskDevices kiosks, AttendanceDesk desk,
                    SessionService sessions, CentreService centres, CurrentUser currentUser, Clock clock) {
        this.writer = writer;
        this.feedbacks = feedbacks;
        this.kiosks = kiosks;
        this.desk = desk;
        this.sessions = sessions;
        this.centres = centres;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Keeps a score given now at the centre: by its kiosk (a kiosk speaks only for itself and its centre) or entered by
     * its manager. {@code sessionId}, if given, must be a session held at the centre today; {@code kioskId} and
     * {@code nonce} make a resend count once.
     */
    @PreAuthorize("hasAnyRole('KIOSK', 'ADMIN', 'CENTRE_MANAGER')")
    public FeedbackReceipt record(long centreId, Long kioskId, Long sessionId, int score, Set<FeedbackTag> tags,
                                  String nonce) {
        checkMayRecord(centreId);
        var kiosk = kioskOf(centreId, kioskId);
        checkScore(score);
        var clientNonce = nonce(nonce);
        var earlier = writer.earlier(kiosk, clientNonce);
        if (earlier.isPresent()) {
            return new FeedbackReceipt(earlier.get().id(), true);
        }
        var zone = zoneOf(centreId);
        var now = clock.instant();
        if (sessionId != null) {
            var session = desk.session(sessionId);
            var today = now.atZone(zone).toLocalDate();
            if (!heldAt(session, centreId) || !session.start().isBefore(today.plusDays(1).atStartOfDay(zone).toInstant())
                    || !session.end().isAfter(today.atStartOfDay(zone).toInstant())) {
                throw new DomainException("FEEDBACK_SESSION_NOT_TODAY");
            }
        }
        return keep(new Feedback(centreId, kiosk, sessionId, score, tagsOf(tags), clientNonce, toTheHour(now, zone)));
    }

    /**
     * Keeps a score given earlier, with its time: for the demo data and for scores collected on paper. Admins only;
     * the time may not lie ahead, nor before the session scored.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public FeedbackReceipt recordEarlier(long centreId, Long sessionId, int score, Set<FeedbackTag> tags,
                                         Instant givenAt) {
        checkScore(score);
        var zone = zoneOf(centreId);
        if (givenAt == null || givenAt.isAfter(clock.instant())) {
            throw new DomainException("FEEDBACK_IN_FUTURE");
        }
        if (sessionId != null) {
            var session = desk.session(sessionId);
            if (!heldAt(session, centreId) || session.start().isAfter(givenAt)) {
                throw new DomainException("FEEDBACK_SESSION_NOT_HELD_YET");
            }
        }
        return keep(new Feedback(centreId, null, sessionId, score, tagsOf(tags), null, toTheHour(givenAt, zone)));
    }

    /**
     * How the centre was scored from {@code from} to {@code to} (days in the centre's zone, both included): for admins,
     * officers of its region and its managers.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'REGION_OFFICER', 'CENTRE_MANAGER')")
    @Transactional(readOnly = true)
    public FeedbackSummary summary(long centreId, LocalDate from, LocalDate to) {
        checkMayRead(centreId);
        if (from == null || to == null || to.isBefore(from) || !from.plusDays(MOST_DAYS).isAfter(to)) {
            throw new DomainException("FEEDBACK_PERIOD_INVALID", MOST_DAYS);
        }
        var zone = zoneOf(centreId);
        var start = from.atStartOfDay(zone).toInstant();
        var end = to.plusDays(1).atStartOfDay(zone).toInstant();
        long[] byScore = new long[HIGHEST_SCORE];
        for (var row : feedbacks.countByScore(centreId, start, end)) {
            byScore[((Number) row[0]).intValue() - 1] = ((Number) row[1]).longValue();
        }
        long count = 0;
        long sum = 0;
        for (int score = LOWEST_SCORE; score <= HIGHEST_SCORE; score++) {
            count += byScore[score - 1];
            sum += score * byScore[score - 1];
        }
        Map<FeedbackTag, Long> tags = new EnumMap<>(FeedbackTag.class);
        for (var tag : FeedbackTag.values()) {
            tags.put(tag, 0L);
        }
        for (var row : feedbacks.countByTag(centreId, start, end)) {
            tags.put((FeedbackTag) row[0], ((Number) row[1]).longValue());
        }
        var scored = new ArrayList<FeedbackSummary.SessionFeedback>();
        for (var row : feedbacks.countBySession(centreId, start, end)) {
            var session = sessions.get(((Number) row[0]).longValue());
            long given = ((Number) row[1]).longValue();
            scored.add(new FeedbackSummary.SessionFeedback(session.id(), session.programmeTitle(),
                    session.start().atZone(zone).toLocalDateTime(), given,
                    ((Number) row[2]).doubleValue() / given));
        }
        scored.sort(Comparator.comparing(FeedbackSummary.SessionFeedback::start).reversed()
                .thenComparing(FeedbackSummary.SessionFeedback::sessionId));
        return new FeedbackSummary(centreId, from, to, count, count == 0 ? null : (double) sum / count,
                java.util.Arrays.stream(byScore).boxed().toList(), tags, scored);
    }

    /** Whether the caller may read the centre's scores (admins, officers of its region, its managers). */
    @PreAuthorize("isAuthenticated()")
    public boolean mayRead(long centreId) {
        try {
            checkMayRead(centreId);
            return true;
        } catch (AccessDeniedException notTheirs) {
            return false;
        }
    }

    private FeedbackReceipt keep(Feedback feedback) {
        try {
            return new FeedbackReceipt(writer.save(feedback).id(), false);
        } catch (DataIntegrityViolationException resentMeanwhile) {
            return writer.earlier(feedback.kioskId(), feedback.clientNonce())
                    .map(earlier -> new FeedbackReceipt(earlier.id(), true)).orElseThrow(() -> resentMeanwhile);
        }
    }

    /** Kiosks give scores only for their own centre, managers for theirs; admins anywhere. */
    private void checkMayRecord(long centreId) {
        var scope = currentUser.scope();
        boolean own = (scope.is(Role.KIOSK) || scope.is(Role.CENTRE_MANAGER)) && scope.centreIds().contains(centreId);
        if (!scope.isAdmin() && !own) {
            throw new AccessDeniedException("centre " + centreId + " is not the caller's");
        }
    }

    private void checkMayRead(long centreId) {
        var scope = currentUser.scope();
        if (scope.isAdmin() || scope.managesCentre(centreId)) {
            return;
        }
        if (scope.is(Role.REGION_OFFICER)
                && centres.visibleCentreIds().map(visible -> visible.contains(centreId)).orElse(true)) {
            return;
        }
        throw new AccessDeniedException("the scores of centre " + centreId + " are not the caller's to read");
    }

    /** The kiosk a score comes from: a kiosk is always itself; staff may name a kiosk of the centre, or none. */
    private Long kioskOf(long centreId, Long kioskId) {
        var device = currentUser.device();
        if (device.isPresent()) {
            if (kioskId != null && kioskId != device.get().deviceId()) {
                throw new AccessDeniedException("a kiosk gives scores only as itself");
            }
            return device.get().deviceId();
        }
        if (kioskId != null && kiosks.findById(kioskId).filter(k -> k.centreId() == centreId).isEmpty()) {
            throw new AccessDeniedException("kiosk " + kioskId + " is not at centre " + centreId);
        }
        return kioskId;
    }

    private static void checkScore(int score) {
        if (score < LOWEST_SCORE || score > HIGHEST_SCORE) {
            throw new DomainException("FEEDBACK_SCORE_INVALID", LOWEST_SCORE, HIGHEST_SCORE);
        }
    }

    private static String nonce(String nonce) {
        if (nonce == null || nonce.isBlank()) {
            return null;
        }
        if (nonce.strip().length() > 64) {
            throw new DomainException("FEEDBACK_NONCE_INVALID");
        }
        return nonce.strip();
    }

    private static Set<FeedbackTag> tagsOf(Set<FeedbackTag> tags) {
        var chosen = EnumSet.noneOf(FeedbackTag.class);
        if (tags != null) {
            tags.stream().filter(Objects::nonNull).forEach(chosen::add);
        }
        return chosen;
    }

    private static boolean heldAt(SessionSummary session, long centreId) {
        return Objects.equals(session.centreId(), centreId) && session.status() == SessionStatus.SCHEDULED;
    }

    private ZoneId zoneOf(long centreId) {
        var place = centres.places(List.of(centreId)).get(centreId);
        if (place == null) {
            throw new NotFoundException("centre", centreId);
        }
        return place.zone();
    }

    /** To the hour in the centre's zone, so that a score cannot be matched to the scan made just before it. */
    private static Instant toTheHour(Instant at, ZoneId zone) {
        return at.atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant();
    }
}
