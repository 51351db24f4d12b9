package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.servicecentre.programme.SessionSummary;

/**
 * The check-in screen at rest: "show your code here", the big buttons for what else the kiosk offers (no code: walk
 * in; how was it: feedback), and what is on for the rest of today.
 */
class IdleScreen extends Div {

    /** Where the code goes: under the hardware scanner, in front of the camera, or either. */
    enum Reader {
        SCANNER("kiosk.screen.prompt.hint"), CAMERA("kiosk.screen.prompt.hintCamera"),
        BOTH("kiosk.screen.prompt.hintBoth");

        private final String hintKey;

        Reader(String hintKey) {
            this.hintKey = hintKey;
        }

        static Reader of(boolean camera, boolean scanner) {
            return camera ? (scanner ? BOTH : CAMERA) : SCANNER;
        }
    }

    IdleScreen(CheckInPresenter presenter, List<SessionSummary> sessions, Reader reader, Runnable walkIn,
               Runnable feedback) {
        addClassName("kiosk-idle");
        var prompt = new H1(getTranslation("kiosk.screen.prompt"));
        prompt.setId("kiosk-prompt");
        prompt.addClassName("kiosk-prompt");
        var hint = new Paragraph(getTranslation(reader.hintKey));
        hint.setId("kiosk-prompt-hint");
        hint.addClassName("kiosk-prompt-hint");
        add(prompt, hint);
        if (reader != Reader.CAMERA) {
            // the scanner sits below the screen; the camera's preview is on the screen itself
            var arrow = VaadinIcon.ARROW_DOWN.create();
            arrow.addClassName("kiosk-prompt-arrow");
            add(arrow);
        }
        var actions = new Div();
        actions.addClassName("kiosk-idle-actions");
        if (walkIn != null) {
            var button = new Button(getTranslation("kiosk.walkin.open"), VaadinIcon.HAND.create());
            button.setId("kiosk-open-walkin");
            button.addClassNames("kiosk-big-action", "kiosk-big-action--walkin");
            button.addClickListener(click -> walkIn.run());
            actions.add(button);
        }
        if (feedback != null) {
            var button = new Button(getTranslation("kiosk.screen.feedbackButton"), VaadinIcon.SMILEY_O.create());
            button.setId("kiosk-open-feedback");
            button.addClassNames("kiosk-big-action", "kiosk-big-action--feedback");
            button.addClickListener(click -> feedback.run());
            actions.add(button);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
        add(today(presenter, sessions));
    }

    private Div today(CheckInPresenter presenter, List<SessionSummary> sessions) {
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
}
