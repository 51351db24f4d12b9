package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.servicecentre.checkin.CheckInService;
import org.servicecentre.checkin.KioskOutcome;
import org.servicecentre.checkin.KioskSummary;
import org.servicecentre.checkin.ScanMethod;
import org.servicecentre.checkin.ScanResult;
import org.servicecentre.programme.AttendanceDesk;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TargetGroup;
import org.servicecentre.shared.DomainException;

/**
 * What the check-in screen of one kiosk says: today's sessions for the idle screen, and for each scanned code a fresh
 * client nonce, the call to {@link CheckInService}, and the {@link Answer} to show (tone, icon, text, how long). The
 * view only renders what this returns.
 */
final class CheckInPresenter {

    /** How long an answer stays up when the kiosk profile allows it; choosing a session gets longer. */
    static final Duration ANSWER_TIME = Duration.ofSeconds(5);
    static final Duration CHOICE_TIME = Duration.ofSeconds(20);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The colour family of an answer: green welcome, blue seen before, amber not here/now, red not valid. */
    enum Tone {
        SUCCESS, INFO, WARNING, ERROR
    }

    /** One line of an answer: a translation key and its arguments. */
    record Line(String key, Object... args) {
    }

    /** One answer, big: the outcome's title ({@code kiosk.outcome.*}), details, sessions to tap, time shown. */
    record Answer(KioskOutcome outcome, Tone tone, VaadinIcon icon, List<Line> details,
                  List<SessionSummary> choices, Duration showFor, SessionSummary session) {

        Answer(KioskOutcome outcome, Tone tone, VaadinIcon icon, List<Line> details, List<SessionSummary> choices,
               Duration showFor) {
            this(outcome, tone, icon, details, choices, showFor, null);
        }

        String titleKey() {
            return "kiosk.outcome." + outcome.name().toLowerCase(Locale.ROOT);
        }
    }

    private final CheckInService checkIns;
    private final AttendanceDesk desk;
    private final KioskSummary kiosk;
    private final ZoneId zone;
    private final Clock clock;
    private final Duration idleTimeout;
    private final DateTimeFormatter date;
    private String cardToken;
    private boolean walkInsOffered;

    CheckInPresenter(CheckInService checkIns, AttendanceDesk desk, KioskSummary kiosk, ZoneId zone, Clock clock,
                     Duration idleTimeout, Locale locale) {
        this.checkIns = checkIns;
        this.desk = desk;
        this.kiosk = kiosk;
        this.zone = zone;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).withZone(zone);
    }

    /** The sessions at this centre from now to the end of today, those under way included. */
    List<SessionSummary> today() {
        var now = clock.instant();
        var endOfDay = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        return desk.sessionsAt(kiosk.centreId(), now, endOfDay);
    }

    /**
     * A code read by the hardware scanner or the camera, with the page's nonce and scan time (so that a scan resent
     * after the connection came back counts once, at the time it was made); a missing nonce gets a fresh one.
     */
    Answer scanned(String text, ScanMethod method, String nonce, Instant scannedAt) {
        var token = text == null ? "" : text.strip();
        var result = checkIns.scan(kiosk.centreId(), kiosk.id(), token, nonce == null ? nonce() : nonce,
                scannedAt == null ? clock.instant() : scannedAt, method);
        cardToken = result.outcome() == KioskOutcome.CHOOSE_SESSION ? token : null;
        return answer(result);
    }

    /** Whether the kiosk offers walk-ins: then a card with nothing today is pointed at the choices below. */
    void offerWalkIns(boolean offered) {
        walkInsOffered = offered;
    }

    /** Sessions a walk-in may come for: at this centre, on now or starting within the hour. */
    List<SessionSummary> walkInChoices() {
        var now = clock.instant();
        return desk.sessionsAt(kiosk.centreId(), now, now.plus(CheckInService.WALK_IN_AHEAD)).stream()
                .filter(session -> session.end().isAfter(now)).toList();
    }

    /** A walk-in tapped a session (or none: a visit to the centre) and maybe who they are (a group). */
    Answer walkIn(Long sessionId, TargetGroup group) {
        var result = checkIns.walkIn(kiosk.centreId(), kiosk.id(), sessionId, group, nonce());
        var details = new ArrayList<Line>();
        details.add(new Line("kiosk.screen.welcomeAnonymous"));
        if (result.session() != null) {
            details.add(new Line("kiosk.screen.session", result.session().programmeTitle()));
            details.add(new Line("kiosk.screen.place", place(result.session())));
            details.add(new Line("kiosk.screen.when", time(result.session().start()), time(result.session().end())));
        } else {
            details.add(new Line("kiosk.walkin.centreVisit"));
        }
        details.add(new Line("kiosk.screen.enjoy"));
        return new Answer(KioskOutcome.CHECKED_IN, Tone.SUCCESS, VaadinIcon.CHECK_CIRCLE, List.copyOf(details),
                List.of(), cap(ANSWER_TIME));
    }

    /** How long the kiosk waits untouched before it goes back to idle and its first language. */
    Duration idleTimeout() {
        return idleTimeout == null ? Duration.ofSeconds(60) : idleTimeout;
    }

    /** The holder of the card scanned last taps one of the sessions offered. */
    Answer chose(long sessionId) {
        if (cardToken == null) {
            return answer(ScanResult.of(KioskOutcome.NOT_VALID));
        }
        var result = checkIns.chooseSession(kiosk.centreId(), kiosk.id(), cardToken, sessionId, nonce(),
                ScanMethod.TAP);
        cardToken = null;
        return answer(result);
    }

    /** The answer is gone (timed out or replaced): a card scanned before no longer chooses. */
    void forget() {
        cardToken = null;
    }

    /** A service refusal (e.g. a session no longer held) as a red answer with its translated reason. */
    static Answer refusal(DomainException refused) {
        return new Answer(KioskOutcome.NOT_VALID, Tone.ERROR, VaadinIcon.CLOSE_CIRCLE,
                List.of(new Line(refused.translationKey(), refused.arguments()), new Line("kiosk.screen.askStaff")),
                List.of(), ANSWER_TIME);
    }

    String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    String date(Instant at) {
        return date.format(at);
    }

    private Answer answer(ScanResult result) {
        var details = new ArrayList<Line>();
        var outcome = result.outcome();
        switch (outcome) {
            case CHECKED_IN -> {
                details.add(welcome(result));
                details.add(new Line("kiosk.screen.session", result.session().programmeTitle()));
                details.add(new Line("kiosk.screen.place", place(result.session())));
                details.add(new Line("kiosk.screen.when", time(result.session().start()),
                        time(result.session().end())));
            }
            case ALREADY_CHECKED_IN -> {
                details.add(welcome(result));
                details.add(new Line("kiosk.screen.session", result.session().programmeTitle()));
                details.add(new Line("kiosk.screen.alreadyAt", time(result.checkedInAt())));
            }
            case CHECKED_OUT -> {
                details.add(goodbye(result));
                if (result.session() != null) {
                    details.add(new Line("kiosk.screen.session", result.session().programmeTitle()));
                }
                details.add(stayed(result));
            }
            case ALREADY_CHECKED_OUT -> {
                details.add(goodbye(result));
                details.add(new Line("kiosk.screen.alreadyOutAt", time(result.checkedOutAt())));
            }
            case CHOOSE_SESSION -> details.add(welcome(result));
            case NO_SESSION_TODAY -> details.add(new Line(walkInsOffered ? "kiosk.screen.noSessionTodayWalkIn"
                    : "kiosk.screen.noSessionToday"));
            case NOT_TODAY -> details.add(result.nextSessionStart() == null ? new Line("kiosk.screen.notToday")
                    : new Line("kiosk.screen.nextSession", date(result.nextSessionStart()),
                            time(result.nextSessionStart())));
            case OTHER_CENTRE -> details.add(result.otherCentre() == null ? new Line("kiosk.screen.otherCentreUnknown")
                    : new Line("kiosk.screen.otherCentre", result.otherCentre()));
            case EXPIRED -> details.add(new Line("kiosk.screen.expired"));
            case NOT_VALID -> details.add(new Line("kiosk.screen.notValid"));
        }
        if (outcome.welcome()) {
            details.add(new Line("kiosk.screen.enjoy"));
        } else if (outcome.goodbye()) {
            details.add(new Line("kiosk.screen.comeAgain"));
        } else if (outcome != KioskOutcome.NO_SESSION_TODAY || !walkInsOffered) {
            details.add(new Line("kiosk.screen.askStaff"));
        }
        var showFor = outcome == KioskOutcome.CHOOSE_SESSION || outcome == KioskOutcome.NO_SESSION_TODAY
                || outcome == KioskOutcome.CHECKED_OUT ? CHOICE_TIME : ANSWER_TIME;
        return new Answer(outcome, tone(outcome), icon(outcome), List.copyOf(details), result.choices(),
                cap(showFor), result.session());
    }

    /** The room alone when the session is in one here (the centre is where the kiosk stands), else the place. */
    static String place(SessionSummary session) {
        return session.roomName() != null ? session.roomName() : session.place();
    }

    private static Line welcome(ScanResult result) {
        return result.maskedName() == null ? new Line("kiosk.screen.welcomeAnonymous")
                : new Line("kiosk.screen.welcome", result.maskedName());
    }

    private static Line goodbye(ScanResult result) {
        return result.maskedName() == null ? new Line("kiosk.screen.goodbyeAnonymous")
                : new Line("kiosk.screen.goodbye", result.maskedName());
    }

    /** "Stayed 1 h 20 min" in whole minutes (at least one). */
    private static Line stayed(ScanResult result) {
        long minutes = Math.max(1, result.stayed() == null ? 0 : result.stayed().toMinutes());
        return minutes < 60 ? new Line("kiosk.screen.stayedMinutes", minutes)
                : new Line("kiosk.screen.stayedHours", minutes / 60, minutes % 60);
    }

    private Duration cap(Duration wanted) {
        return idleTimeout != null && idleTimeout.compareTo(wanted) < 0 ? idleTimeout : wanted;
    }

    private static Tone tone(KioskOutcome outcome) {
        return switch (outcome) {
            case CHECKED_IN, CHECKED_OUT -> Tone.SUCCESS;
            case ALREADY_CHECKED_IN, ALREADY_CHECKED_OUT, CHOOSE_SESSION -> Tone.INFO;
            case NO_SESSION_TODAY, NOT_TODAY, OTHER_CENTRE, EXPIRED -> Tone.WARNING;
            case NOT_VALID -> Tone.ERROR;
        };
    }

    private static VaadinIcon icon(KioskOutcome outcome) {
        return switch (outcome) {
            case CHECKED_IN -> VaadinIcon.CHECK_CIRCLE;
            case ALREADY_CHECKED_IN -> VaadinIcon.CHECK_SQUARE_O;
            case CHECKED_OUT, ALREADY_CHECKED_OUT -> VaadinIcon.SIGN_OUT;
            case CHOOSE_SESSION -> VaadinIcon.HAND;
            case NO_SESSION_TODAY, NOT_TODAY -> VaadinIcon.CALENDAR_CLOCK;
            case OTHER_CENTRE -> VaadinIcon.MAP_MARKER;
            case EXPIRED -> VaadinIcon.HOURGLASS_END;
            case NOT_VALID -> VaadinIcon.CLOSE_CIRCLE;
        };
    }

    private static String nonce() {
        return UUID.randomUUID().toString();
    }
}
