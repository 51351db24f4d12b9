package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.servicecentre.centre.CentreService;
import org.servicecentre.checkin.CheckInService;
import org.servicecentre.checkin.FeedbackService;
import org.servicecentre.checkin.KioskOutcome;
import org.servicecentre.checkin.KioskProfile;
import org.servicecentre.checkin.KioskProfiles;
import org.servicecentre.checkin.KioskService;
import org.servicecentre.checkin.ScanMethod;
import org.servicecentre.checkin.StaffStarts;
import org.servicecentre.programme.AttendanceDesk;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TargetGroup;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.StaffCodes;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The check-in screen at a centre's entrance: idle, it shows "show your code here" and what is on today; a code from
 * the hardware scanner (typed into a hidden, always focused input, ended by Enter) gets a big answer that goes back
 * to idle by itself; residents without a code tap "I'm here for …". What to show comes from
 * {@link CheckInPresenter}; the screens are {@link IdleScreen}, {@link AnswerScreen} and {@link WalkInScreen}; the
 * page side ({@link KioskScript}) keeps scans made while the server cannot be reached and sends them when it is back.
 * <p>
 * Open to anyone so that a browser without a (valid) device token, e.g. a kiosk revoked a moment ago, is sent to the
 * pairing page rather than the staff sign-in; what it shows comes from {@link KioskService#me()}, which only a kiosk
 * may call.
 */
@Route(value = "kiosk", layout = KioskLayout.class)
@AnonymousAllowed
class CheckInView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(CheckInView.class);
    /** A scan reaching the server later than this was queued while offline: kept, but nobody waits for its answer. */
    private static final Duration LATE = Duration.ofSeconds(20);

    private final KioskService kiosks;
    private final KioskProfiles profiles;
    private final CheckInService checkIns;
    private final FeedbackService feedback;
    private final StaffStarts staffStarts;
    private final AttendanceDesk desk;
    private final CentreService centres;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div stage = new Div();
    private final Input scanner = new Input();
    private CheckInPresenter presenter;
    private KioskProfile profile;
    private org.servicecentre.checkin.KioskSummary kiosk;
    private java.time.ZoneId centreZone;
    private String centreName = "";
    private String zone = "Asia/Shanghai";
    private int shown;

    CheckInView(KioskService kiosks, KioskProfiles profiles, CheckInService checkIns, FeedbackService feedback,
                StaffStarts staffStarts, AttendanceDesk desk, CentreService centres, CurrentUser currentUser,
                Clock clock) {
        this.feedback = feedback;
        this.staffStarts = staffStarts;
        this.kiosks = kiosks;
        this.profiles = profiles;
        this.checkIns = checkIns;
        this.desk = desk;
        this.centres = centres;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("kiosk-checkin");
        stage.addClassName("kiosk-stage");
        scanner.setId("kiosk-scanner");
        scanner.addClassName("kiosk-scanner");
        scanner.getElement().setAttribute("inputmode", "none").setAttribute("autocomplete", "off")
                .setAttribute("aria-hidden", "true").setAttribute("tabindex", "-1");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.device().isEmpty()) {
            event.forwardTo(KioskPairView.class);
            return;
        }
        kiosk = kiosks.me();
        profile = profiles.byCode(kiosk.code()).orElse(null);
        UI.getCurrent().setLocale(firstLanguage());
        centreZone = centres.places(List.of(kiosk.centreId())).get(kiosk.centreId()).zone();
        zone = centreZone.getId();
        centreName = kiosk.centreName();
        setClassName("kiosk-large", profile != null && profile.largeText());
        rebuild();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(KioskScript.RUN, scanner.getElement(), zone, Languages.tagOf(getLocale()),
                (double) clock.millis(), profile != null && profile.sounds());
    }

    /** What the scanner typed (or the camera read), with the page's nonce and scan time. */
    @ClientCallable
    void scanned(String text, String method, String nonce, double scannedAtMillis) {
        if (presenter == null || text == null || text.isBlank()) {
            return;
        }
        var how = "CAMERA".equals(method) ? ScanMethod.CAMERA : ScanMethod.SCANNER;
        var at = Instant.ofEpochMilli((long) scannedAtMillis);
        if (StaffCodes.looksLike(text)) {
            staffStart(text, at);
            return;
        }
        if (at.isBefore(clock.instant().minus(LATE))) {
            keepQuietly(text, how, nonce, at);
            return;
        }
        show(() -> presenter.scanned(text, how, nonce, at));
    }

    /** The page's timer for screen number {@code number} ran out; a newer screen keeps its own time. */
    @ClientCallable
    void answerTimedOut(int number) {
        if (number == shown) {
            if (!getLocale().equals(firstLanguage())) {
                UI.getCurrent().setLocale(firstLanguage());
                rebuild();
            } else {
                showIdle();
            }
        }
    }

    /**
     * The idle screen, fresh: called on entry, when an answer times out, and by the page every few minutes; a kiosk
     * revoked meanwhile goes to pairing.
     */
    @ClientCallable
    void showIdle() {
        try {
            var sessions = presenter.today();
            presenter.forget();
            var reader = profile == null ? IdleScreen.Reader.SCANNER
                    : IdleScreen.Reader.of(profile.camera().enabled(), profile.hardwareScanner());
            show("idle", new IdleScreen(presenter, sessions, reader,
                    offers(KioskProfile.Mode.WALK_IN) ? this::showWalkIn : null,
                    offers(KioskProfile.Mode.FEEDBACK) ? () -> showFeedback(null) : null), null);
        } catch (AccessDeniedException revoked) {
            UI.getCurrent().navigate(KioskPairView.class);
        }
    }

    private void showWalkIn() {
        show("walkin", new WalkInScreen(presenter, presenter.walkInChoices(), false, this::walkIn, this::showIdle),
                presenter.idleTimeout());
    }

    /**
     * A member of staff's own code: they confirm that their booking here has started (the panel answers and comes
     * back here); one kept offline and sent late is confirmed at its own time without taking over the screen.
     */
    private void staffStart(String code, Instant at) {
        var panel = new StaffStartPanel(staffStarts, kiosk.centreId(), kiosk.id(), centreZone, this::showIdle);
        if (at.isBefore(clock.instant().minus(LATE))) {
            panel.scanned(code, at);
            return;
        }
        show("staff", panel, null);
        panel.scanned(code, at);
    }

    /** The faces; the panel keeps its own time and comes back here when the resident is done. */
    private void showFeedback(SessionSummary session) {
        var panel = new FeedbackPanel(feedback, kiosk, session);
        panel.onDone(this::showIdle);
        show("feedback", panel, null);
    }

    private void walkIn(Long sessionId, TargetGroup group) {
        show(() -> presenter.walkIn(sessionId, group));
    }

    /** Everything again, in the UI's language now (on entry and after a language switch). */
    private void rebuild() {
        presenter = new CheckInPresenter(checkIns, desk, kiosk, centreZone, clock,
                profile == null ? null : profile.idleTimeout(), getLocale());
        presenter.offerWalkIns(offers(KioskProfile.Mode.WALK_IN));
        removeAll();
        add(new KioskHeader(centreName, presenter, clock.instant(), profile == null ? List.of() : profile.languages(),
                getLocale(), this::switchTo), stage, KioskHeader.offlineNotice(), scanner);
        if (profile != null && profile.camera().enabled()) {
            var camera = new KioskCamera(profile.camera(), profile.hardwareScanner()).submittingLikeTheScanner();
            addComponentAtIndex(1, camera);
        }
        showIdle();
    }

    private void switchTo(Locale language) {
        UI.getCurrent().setLocale(Languages.closest(language.toLanguageTag()));
        rebuild();
        armTimer(presenter.idleTimeout());
    }

    private void show(Supplier<CheckInPresenter.Answer> scan) {
        CheckInPresenter.Answer answer;
        try {
            answer = scan.get();
        } catch (AccessDeniedException revoked) {
            UI.getCurrent().navigate(KioskPairView.class);
            return;
        } catch (DomainException refused) {
            answer = CheckInPresenter.refusal(refused);
        }
        Component below = null;
        if (answer.outcome() == KioskOutcome.NO_SESSION_TODAY && offers(KioskProfile.Mode.WALK_IN)) {
            below = new WalkInScreen(presenter, presenter.walkInChoices(), true, this::walkIn, this::showIdle);
        } else if (answer.outcome() == KioskOutcome.CHECKED_OUT && offers(KioskProfile.Mode.FEEDBACK)) {
            var session = answer.session();
            var rate = new Button(getTranslation("kiosk.screen.rateVisit"), VaadinIcon.SMILEY_O.create());
            rate.setId("kiosk-rate-visit");
            rate.addClassNames("kiosk-big-action", "kiosk-big-action--feedback");
            rate.addClickListener(click -> showFeedback(session));
            below = rate;
        }
        show(answer.outcome().name().toLowerCase(Locale.ROOT),
                new AnswerScreen(presenter, answer, id -> show(() -> presenter.chose(id)), below), answer.showFor());
        if (profile != null && profile.sounds()) {
            getElement().executeJs("window.scKiosk && window.scKiosk.sound($0)",
                    answer.tone().name().toLowerCase(Locale.ROOT));
        }
    }

    private void show(String state, Component screen, Duration showFor) {
        shown++;
        stage.removeAll();
        stage.getElement().setAttribute("data-state", state);
        stage.add(screen);
        if (showFor != null) {
            armTimer(showFor);
        }
    }

    private void armTimer(Duration after) {
        getElement().executeJs("clearTimeout(this._kioskIdle);"
                + "this._kioskIdle = setTimeout(() => this.$server.answerTimedOut($0), $1)", shown, after.toMillis());
    }

    /** A scan made while the server could not be reached: counted at its own time; its answer goes to the log. */
    private void keepQuietly(String text, ScanMethod method, String nonce, Instant at) {
        try {
            var answer = presenter.scanned(text, method, nonce, at);
            log.info("Kiosk scan made offline at {} sent late: {}", at, answer.outcome());
        } catch (DomainException refused) {
            log.info("Kiosk scan made offline at {} refused late: {}", at, refused.code());
        }
    }

    private boolean offers(KioskProfile.Mode mode) {
        return profile == null ? mode != KioskProfile.Mode.CHECK_OUT : profile.offers(mode);
    }

    private Locale firstLanguage() {
        return profile == null ? Languages.CHINESE : Languages.closest(profile.defaultLanguage().toLanguageTag());
    }

    /** The number of the screen shown now, which its timer names (for tests). */
    int screenNumber() {
        return shown;
    }

    @Override
    public String getPageTitle() {
        return centreName.isEmpty() ? getTranslation("kiosk.pair.title") : getTranslation("kiosk.home.title", centreName);
    }
}
