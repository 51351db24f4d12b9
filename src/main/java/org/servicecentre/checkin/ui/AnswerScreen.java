package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * One answer, big and unmistakable: colour, icon, title, a few short lines; for a card, today's sessions to tap; below
 * it, when given, more to do (the walk-in choices, or "how was it?").
 */
class AnswerScreen extends Div {

    AnswerScreen(CheckInPresenter presenter, CheckInPresenter.Answer answer, LongConsumer choose, Component below) {
        var icon = answer.icon().create();
        icon.addClassName("kiosk-answer-icon");
        var title = new H1(getTranslation(answer.titleKey()));
        title.setId("kiosk-answer-title");
        var box = new Div(icon, title);
        box.setId("kiosk-answer");
        box.addClassNames("kiosk-answer", "kiosk-answer--" + answer.tone().name().toLowerCase(Locale.ROOT));
        box.getElement().setAttribute("role", "status");
        for (var line : answer.details()) {
            var text = new Paragraph(getTranslation(line.key(), line.args()));
            text.addClassName("kiosk-answer-line");
            box.add(text);
        }
        if (!answer.choices().isEmpty()) {
            var choices = new Div();
            choices.addClassName("kiosk-choices");
            for (var session : answer.choices()) {
                var label = new Div(new Span(presenter.time(session.start())), new Span(session.programmeTitle()),
                        new Span(CheckInPresenter.place(session)));
                label.addClassName("kiosk-choice-label");
                var choice = new Button(label);
                choice.addClassName("kiosk-choice");
                choice.addClickListener(click -> choose.accept(session.id()));
                choices.add(choice);
            }
            box.add(choices);
        }
        add(box);
        if (below != null) {
            add(below);
        }
        addClassName("kiosk-answer-screen");
    }
}
