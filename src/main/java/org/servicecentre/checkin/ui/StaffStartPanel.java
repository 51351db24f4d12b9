package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.servicecentre.booking.StartableBooking;
import org.servicecentre.checkin.StaffStartOutcome;
import org.servicecentre.checkin.StaffStartResult;
import org.servicecentre.checkin.StaffStarts;
import org.servicecentre.shared.DomainException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The kiosk's answer to a staff code (route scanned text here when {@code StaffCodes.looksLike(text)}): big and
 * clear, in the kiosk's answer style: the booking whose start was confirmed (room, time, organisation, purpose), the
 * bookings to choose from as big buttons, or why there is nothing to start. Runs {@code onDone} when it is finished:
 * after a few seconds by itself, at once on "back", or after a choice's answer has been shown.
 * <p>
 * Use: {@code var panel = new StaffStartPanel(staffStarts, centreId, kioskId, zone, this::showIdle);
 * stage.add(panel); panel.scanned(text, scannedAt);}. A new scan (of anything) should replace the panel.
 */
class StaffStartPanel extends Div {

    /** How long an answer stays up; choosing gets longer. */
    static final Duration ANSWER_TIME = Duration.ofSeconds(6);
    static final Duration CHOICE_TIME = Duration.ofSeconds(30);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final StaffStarts starts;
    private final long centreId;
    private final long kioskId;
    private final ZoneId zone;
    private final Runnable onDone;
    private String code;
    private StaffStartOutcome outcome;
    private int shown;
    private boolean finished;

    StaffStartPanel(StaffStarts starts, long centreId, long kioskId, ZoneId zone, Runnable onDone) {
        this.starts = starts;
        this.centreId = centreId;
        this.kioskId = kioskId;
        this.zone = zone;
        this.onDone = onDone;
        setId("kiosk-staff-start");
        addClassName("kiosk-staff-start");
    }

    /** A staff code typed by the scanner: confirms at once when exactly one booking fits, else offers or explains. */
    void scanned(String text) {
        scanned(text, null);
    }

    /** The same for a scan made at {@code scannedAt} (a scan kept on the device while offline); null means now. */
    void scanned(String text, Instant scannedAt) {
        code = text == null ? "" : text.strip();
        show(() -> starts.scan(centreId, kioskId, code, scannedAt));
    }

    /** The staff member tapped one of the bookings offered. */
    void chose(long bookingId) {
        if (code != null) {
            show(() -> starts.confirm(centreId, kioskId, code, bookingId));
        }
    }

    /** The outcome shown now (null before a scan, or after a refusal of a choice). */
    StaffStartOutcome outcome() {
        return outcome;
    }

    /** The page's timer for answer number {@code number} ran out; a newer answer keeps its own time. */
    @ClientCallable
    void timedOut(int number) {
        if (number == shown) {
            finish();
        }
    }

    /** Done: forgets the code and hands the screen back, once. */
    void finish() {
        code = null;
        if (!finished) {
            finished = true;
            onDone.run();
        }
    }

    private void show(Supplier<StaffStartResult> call) {
        StaffStartResult result;
        try {
            result = call.get();
        } catch (AccessDeniedException revoked) {
            UI.getCurrent().navigate(KioskPairView.class);
            return;
        } catch (DomainException refused) {
            outcome = null;
            render("error", VaadinIcon.CLOSE_CIRCLE, "kiosk.staff.refused", List.of(
                    getTranslation(refused.translationKey(), refused.arguments()),
                    getTranslation("kiosk.staff.askManager")), List.of(), ANSWER_TIME);
            return;
        }
        outcome = result.outcome();
        if (outcome != StaffStartOutcome.CHOOSE_BOOKING) {
            code = null;
        }
        var title = "kiosk.staff.outcome." + outcome.name().toLowerCase(Locale.ROOT);
        switch (outcome) {
            case STARTED -> render("success", VaadinIcon.CHECK_CIRCLE, title, started(result), List.of(), ANSWER_TIME);
            case ALREADY_STARTED -> render("info", VaadinIcon.CHECK_SQUARE_O, title, started(result), List.of(),
                    ANSWER_TIME);
            case CHOOSE_BOOKING -> render("info", VaadinIcon.HAND, title,
                    List.of(getTranslation("kiosk.staff.choose", result.staffName())), result.choices(), CHOICE_TIME);
            case NOTHING_TO_START -> render("warning", VaadinIcon.CALENDAR_CLOCK, title, nothing(result), List.of(),
                    ANSWER_TIME);
            case NOT_VALID -> render("error", VaadinIcon.CLOSE_CIRCLE, title,
                    List.of(getTranslation("kiosk.staff.notValid"), getTranslation("kiosk.staff.askManager")),
                    List.of(), ANSWER_TIME);
        }
    }

    private List<String> started(StaffStartResult result) {
        var booking = result.booking();
        var lines = new ArrayList<String>();
        lines.add(getTranslation(result.outcome() == StaffStartOutcome.STARTED ? "kiosk.staff.thanks"
                : "kiosk.staff.hello", result.staffName()));
        lines.add(getTranslation("kiosk.staff.booking", booking.roomName(), range(booking)));
        lines.add(getTranslation("kiosk.staff.purpose", booking.organisationName(), booking.purpose()));
        if (booking.started() != null) {
            lines.add(result.outcome() == StaffStartOutcome.STARTED
                    ? getTranslation("kiosk.staff.confirmedAt", time(booking.started().at()))
                    : getTranslation("kiosk.staff.startedAt", time(booking.started().at()), booking.started().byName()));
        }
        return lines;
    }

    private List<String> nothing(StaffStartResult result) {
        var lines = new ArrayList<String>();
        lines.add(getTranslation("kiosk.staff.nothing", result.staffName()));
        var next = result.next();
        if (next != null) {
            lines.add(getTranslation("kiosk.staff.next", time(next.start()), next.roomName(),
                    time(next.start().minus(org.servicecentre.booking.BookingStarts.EARLIEST_BEFORE_START))));
        }
        return lines;
    }

    private void render(String tone, VaadinIcon iconKind, String titleKey, List<String> lines,
                        List<StartableBooking> choices, Duration showFor) {
        int number = ++shown;
        removeAll();
        getElement().setAttribute("data-outcome", outcome == null ? "refused"
                : outcome.name().toLowerCase(Locale.ROOT));
        var icon = iconKind.create();
        icon.addClassName("kiosk-answer-icon");
        var title = new H1(getTranslation(titleKey));
        title.setId("kiosk-staff-title");
        var box = new Div(icon, title);
        box.setId("kiosk-staff-answer");
        box.addClassNames("kiosk-answer", "kiosk-answer--" + tone);
        for (var line : lines) {
            var text = new Paragraph(line);
            text.addClassName("kiosk-answer-line");
            box.add(text);
        }
        if (!choices.isEmpty()) {
            box.addClassName("kiosk-staff-choosing");
            var buttons = new Div();
            buttons.addClassNames("kiosk-choices", "kiosk-staff-choices");
            choices.forEach(booking -> buttons.add(choice(booking)));
            var back = new Button(getTranslation("kiosk.staff.back"), e -> finish());
            back.setId("kiosk-staff-back");
            back.addClassName("kiosk-staff-back");
            buttons.add(back);
            box.add(buttons);
        }
        add(box);
        getElement().executeJs("clearTimeout(this._staffTimer);"
                + "this._staffTimer = setTimeout(() => this.$server.timedOut($0), $1)", number, showFor.toMillis());
    }

    /** One booking to tap: time and room on the first line, organisation and purpose on the second. */
    private Button choice(StartableBooking booking) {
        var when = new Span(getTranslation("kiosk.staff.booking", booking.roomName(), range(booking)));
        when.addClassName("kiosk-staff-choice-when");
        var what = new Span(getTranslation("kiosk.staff.purpose", booking.organisationName(), booking.purpose()));
        what.addClassName("kiosk-staff-choice-what");
        var button = new Button();
        button.getElement().appendChild(when.getElement(), what.getElement());
        button.addClassNames("kiosk-choice", "kiosk-staff-choice");
        button.getElement().setAttribute("data-booking", String.valueOf(booking.id()));
        button.addClickListener(click -> chose(booking.id()));
        return button;
    }

    private String range(StartableBooking booking) {
        return getTranslation("kiosk.screen.time", time(booking.start()), time(booking.end()));
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }
}
