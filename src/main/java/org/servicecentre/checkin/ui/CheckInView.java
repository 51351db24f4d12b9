package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.servicecentre.centre.CentreService;
import org.servicecentre.checkin.CheckInService;
import org.servicecentre.checkin.KioskProfile;
import org.servicecentre.checkin.KioskProfiles;
import org.servicecentre.checkin.KioskService;
import org.servicecentre.programme.AttendanceDesk;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.ui.LanguageCookie;
import org.springframework.security.access.AccessDeniedException;

/**
 * The check-in screen at a centre's entrance, for HARDWARE (HID) scanners: idle, it shows the centre, the time, "show
 * your code here" and what is on for the rest of today; a scanned code (typed by the scanner into a hidden, always
 * focused input, ended by Enter) gets a big answer that goes back to idle by itself. What to show comes from
 * {@link CheckInPresenter}; this class only renders it.
 * <p>
 * Not here yet: camera scanning (ZXing in WebAssembly, a later step that adds a camera element to this screen when
 * the kiosk profile turns the camera on), sounds, walk-ins without a code, and the offline behaviour.
 * <p>
 * Open to anyone so that a browser without a (valid) device token, e.g. a kiosk revoked a moment ago, is sent to the
 * pairing page rather than the staff sign-in; what it shows comes from {@link KioskService#me()}, which only a kiosk
 * may call.
 */
@Route(value = "kiosk", layout = KioskLayout.class)
@AnonymousAllowed
class CheckInView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final KioskService kiosks;
    private final KioskProfiles profiles;
    private final CheckInService checkIns;
    private final AttendanceDesk desk;
    private final CentreService centres;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div stage = new Div();
    private final Input scanner = new Input();
    private CheckInPresenter presenter;
    private String centreName = "";
    private String zone = "Asia/Shanghai";
    private int shown;

    CheckInView(KioskService kiosks, KioskProfiles profiles, CheckInService checkIns, AttendanceDesk desk,
                CentreService centres, CurrentUser currentUser, Clock clock) {
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
        var kiosk = kiosks.me();
        var profile = profiles.byCode(kiosk.code());
        var locale = language(profile.map(KioskProfile::languages).orElse(List.of()));
        UI.getCurrent().setLocale(locale);
        var centreZone = centres.places(List.of(kiosk.centreId())).get(kiosk.centreId()).zone();
        zone = centreZone.getId();
        centreName = kiosk.centreName();
        presenter = new CheckInPresenter(checkIns, desk, kiosk, centreZone, clock,
                profile.map(KioskProfile::idleTimeout).orElse(null), locale);
        removeAll();
        add(header(), stage, scanner);
        showIdle();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(KioskScript.KEEP_FOCUS_AND_CLOCK, scanner.getElement(), zone,
                Languages.tagOf(getLocale()));
    }

    /** What the hardware scanner typed before its Enter; called by the page's key handler. */
    @ClientCallable
    void scanned(String text) {
        if (presenter != null && text != null && !text.isBlank()) {
            show(() -> presenter.scanned(text));
        }
    }

    /** The page's timer for answer number {@code number} ran out; a newer answer keeps its own time. */
    @ClientCallable
    void answerTimedOut(int number) {
        if (number == shown) {
            showIdle();
        }
    }

    /**
     * The idle screen, fresh: called on entry, when an answer times out, and by the page every few minutes; a kiosk
     * revoked meanwhile goes to pairing.
     */
    @ClientCallable
    void showIdle() {
        List<SessionSummary> sessions;
        try {
            sessions = presenter.today();
        } catch (AccessDeniedException revoked) {
            UI.getCurrent().navigate(KioskPairView.class);
            return;
        }
        shown++;
        presenter.forget();
        stage.removeAll();
        stage.getElement().setAttribute("data-state", "idle");
        var prompt = new H1(getTranslation("kiosk.screen.prompt"));
        prompt.setId("kiosk-prompt");
        prompt.addClassName("kiosk-prompt");
        var hint = new Paragraph(getTranslation("kiosk.screen.prompt.hint"));
        hint.addClassName("kiosk-prompt-hint");
        var arrow = VaadinIcon.ARROW_DOWN.create();
        arrow.addClassName("kiosk-prompt-arrow");
        stage.add(prompt, hint, arrow, today(sessions));
    }

    private Div header() {
        var centre = new H2(centreName);
        centre.setId("kiosk-centre");
        var now = clock.instant();
        var time = new Span(presenter.time(now));
        time.setId("kiosk-clock");
        time.addClassName("kiosk-clock");
        var day = new Span(presenter.date(now));
        day.setId("kiosk-date");
        day.addClassName("kiosk-date");
        var when = new Div(time, day);
        when.addClassName("kiosk-when");
        var header = new Div(centre, when);
        header.addClassName("kiosk-header");
        return header;
    }

    private Div today(List<SessionSummary> sessions) {
        var list = new Div();
        list.setId("kiosk-today");
        list.addClassName("kiosk-today");
        list.add(new H2(getTranslation("kiosk.screen.today")));
        if (sessions.isEmpty()) {
            var empty = new Paragraph(getTranslation("kiosk.screen.today.empty"));
            empty.addClassName("kiosk-today-empty");
            list.add(empty);
        }
        for (var session : sessions) {
            var time = new Span(getTranslation("kiosk.screen.time", presenter.time(session.start()),
                    presenter.time(session.end())));
            time.addClassName("kiosk-today-time");
            var title = new Span(session.programmeTitle());
            title.addClassName("kiosk-today-title");
            var place = new Span(CheckInPresenter.place(session));
            place.addClassName("kiosk-today-place");
            var row = new Div(time, title, place);
            row.addClassName("kiosk-today-row");
            list.add(row);
        }
        return list;
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
        render(answer);
    }

    private void render(CheckInPresenter.Answer answer) {
        int number = ++shown;
        stage.removeAll();
        stage.getElement().setAttribute("data-state", answer.outcome().name().toLowerCase(Locale.ROOT));
        var icon = answer.icon().create();
        icon.addClassName("kiosk-answer-icon");
        var title = new H1(getTranslation(answer.titleKey()));
        title.setId("kiosk-answer-title");
        var box = new Div(icon, title);
        box.setId("kiosk-answer");
        box.addClassNames("kiosk-answer", "kiosk-answer--" + answer.tone().name().toLowerCase(Locale.ROOT));
        for (var line : answer.details()) {
            var text = new Paragraph(getTranslation(line.key(), line.args()));
            text.addClassName("kiosk-answer-line");
            box.add(text);
        }
        var choices = new Div();
        choices.addClassName("kiosk-choices");
        for (var session : answer.choices()) {
            var choice = new Button(getTranslation("kiosk.screen.choice", presenter.time(session.start()),
                    session.programmeTitle(), CheckInPresenter.place(session)));
            choice.addClassName("kiosk-choice");
            choice.addClickListener(click -> show(() -> presenter.chose(session.id())));
            choices.add(choice);
        }
        if (!answer.choices().isEmpty()) {
            box.add(choices);
        }
        stage.add(box);
        getElement().executeJs("clearTimeout(this._kioskIdle);"
                + "this._kioskIdle = setTimeout(() => this.$server.answerTimedOut($0), $1)", number,
                answer.showFor().toMillis());
    }

    /** The kiosk's language: the language cookie if the profile offers it, else the profile's first. */
    private static Locale language(List<Locale> offered) {
        var chosen = LanguageCookie.read(VaadinRequest.getCurrent());
        if (offered.isEmpty()) {
            return chosen.orElse(Languages.CHINESE);
        }
        return chosen.filter(c -> offered.stream().anyMatch(o -> o.getLanguage().equals(c.getLanguage())))
                .orElse(Languages.closest(offered.getFirst().toLanguageTag()));
    }

    @Override
    public String getPageTitle() {
        return centreName.isEmpty() ? getTranslation("kiosk.pair.title") : getTranslation("kiosk.home.title", centreName);
    }
}
