package org.servicecentre.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import org.servicecentre.notification.InboxItem;

/** The message the user opened: subject, when it came, its text by paragraph, and a way to what it is about. */
class InboxMessagePanel extends Div {

    InboxMessagePanel() {
        addClassNames("card", "inbox-message");
        setId("inbox-message");
        showNothing();
    }

    void showNothing() {
        removeAll();
        addClassName("empty");
        var hint = new Paragraph(getTranslation("inbox.message.choose"));
        hint.addClassName("inbox-message-hint");
        add(VaadinIcon.ENVELOPE_OPEN_O.create(), hint);
    }

    void show(InboxItem item, Instant now) {
        removeAll();
        removeClassName("empty");
        var subject = new H2(item.subject());
        subject.setId("inbox-message-subject");
        var when = new Span(getTranslation("inbox.message.received", Ago.at(item.receivedAt()),
                Ago.of(item.receivedAt(), now, this)));
        when.addClassName("inbox-message-when");
        var body = new Div();
        body.addClassName("inbox-message-body");
        body.setId("inbox-message-body");
        for (String paragraph : item.text().split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                body.add(new Paragraph(paragraph.strip()));
            }
        }
        add(subject, when, body);
        if (item.link() != null && item.link().startsWith("/")) {
            var follow = new Button(getTranslation("inbox.message.follow"), VaadinIcon.ARROW_RIGHT.create(),
                    e -> UI.getCurrent().navigate(item.link().substring(1)));
            follow.setIconAfterText(true);
            follow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            follow.setId("inbox-message-follow");
            add(follow);
        }
    }
}
