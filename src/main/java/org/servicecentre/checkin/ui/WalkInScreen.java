package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.BiConsumer;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TargetGroup;
import org.servicecentre.shared.TranslationProvider;

/**
 * "I'm here for …" without any code: the sessions on now or soon at this centre as big buttons (or a visit to the
 * centre itself), then an optional tap on who they are, which only counts for reports. Nothing personal is asked.
 */
class WalkInScreen extends Div {

    /** The groups offered to tap, the ones residents at an entrance name themselves most easily. */
    static final List<TargetGroup> GROUPS = List.of(TargetGroup.ELDERLY, TargetGroup.CHILDREN,
            TargetGroup.ADOLESCENTS, TargetGroup.WOMEN, TargetGroup.MIGRANT_WORKERS, TargetGroup.DISABLED);

    private final BiConsumer<Long, TargetGroup> checkIn;
    private final Runnable back;

    /**
     * @param compact shown under a card's "no session today" answer: no title and no back button of its own
     */
    WalkInScreen(CheckInPresenter presenter, List<SessionSummary> sessions, boolean compact,
                 BiConsumer<Long, TargetGroup> checkIn, Runnable back) {
        this.checkIn = checkIn;
        this.back = back;
        setId("kiosk-walkin");
        addClassName("kiosk-walkin");
        if (!compact) {
            var title = new H1(getTranslation("kiosk.walkin.title"));
            title.addClassName("kiosk-walkin-title");
            add(title);
        }
        add(new Paragraph(getTranslation("kiosk.walkin.hint")));
        var choices = new Div();
        choices.addClassName("kiosk-choices");
        for (var session : sessions) {
            var label = new Div(new Span(getTranslation("kiosk.screen.time", presenter.time(session.start()),
                    presenter.time(session.end()))), new Span(session.programmeTitle()),
                    new Span(CheckInPresenter.place(session)));
            label.addClassName("kiosk-choice-label");
            var choice = new Button(label);
            choice.addClassNames("kiosk-choice", "kiosk-walkin-session");
            choice.addClickListener(click -> askGroup(session.id()));
            choices.add(choice);
        }
        var centre = new Button(getTranslation("kiosk.walkin.justVisiting"), VaadinIcon.HOME.create());
        centre.addClassNames("kiosk-choice", "kiosk-walkin-centre");
        centre.setId("kiosk-walkin-centre");
        centre.addClickListener(click -> askGroup(null));
        choices.add(centre);
        add(choices);
        if (!compact) {
            add(backButton());
        }
    }

    /** Step two: who they are, optional; any tap checks in. */
    private void askGroup(Long sessionId) {
        removeAll();
        var title = new H1(getTranslation("kiosk.walkin.group.title"));
        title.addClassName("kiosk-walkin-title");
        var hint = new Paragraph(getTranslation("kiosk.walkin.group.hint"));
        var groups = new Div();
        groups.addClassName("kiosk-groups");
        for (var group : GROUPS) {
            var button = new Button(getTranslation(TranslationProvider.keyOf(group)));
            button.addClassName("kiosk-group");
            button.addClickListener(click -> checkIn.accept(sessionId, group));
            groups.add(button);
        }
        var skip = new Button(getTranslation("kiosk.walkin.group.skip"), VaadinIcon.ARROW_RIGHT.create());
        skip.setId("kiosk-walkin-skip");
        skip.addClassNames("kiosk-group", "kiosk-group-skip");
        skip.addClickListener(click -> checkIn.accept(sessionId, null));
        groups.add(skip);
        add(title, hint, groups, backButton());
    }

    private Button backButton() {
        var button = new Button(getTranslation("kiosk.walkin.back"), VaadinIcon.ARROW_LEFT.create());
        button.addClassName("kiosk-back");
        button.addClickListener(click -> back.run());
        return button;
    }
}
