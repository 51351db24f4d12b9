package org.servicecentre.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.servicecentre.shared.ui.Clipboard;

/**
 * Shows a new calendar link exactly once, with a copy button and how to subscribe to it in the usual calendar apps:
 * only its hash is stored, so closing this dialog is the last chance to take it.
 */
class FeedLinkDialog extends Dialog {

    private final TextArea field = new TextArea();

    FeedLinkDialog(String what, String link) {
        setHeaderTitle(getTranslation("feeds.created.title"));
        setCloseOnOutsideClick(false);
        addClassName("secret-dialog");
        setId("new-feed");
        setWidth("min(680px, 95vw)");

        var subject = new Paragraph(what);
        subject.addClassName("feed-subject");
        var warningIcon = VaadinIcon.WARNING.create();
        warningIcon.addClassName("secret-warning-icon");
        var warning = new Div(warningIcon, new Paragraph(getTranslation("feeds.created.warning")));
        warning.addClassName("secret-warning");

        field.setValue(link);
        field.setReadOnly(true);
        field.setAutoselect(true);
        field.setAriaLabel(getTranslation("feeds.created.title"));
        field.addClassName("feed-link");
        field.setId("feed-link");
        var copy = new Button(getTranslation("feeds.copy"), VaadinIcon.COPY_O.create(), e -> copy(link));
        copy.setId("copy-feed-link");
        var row = new HorizontalLayout(field, copy);
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.expand(field);

        var steps = new UnorderedList(new ListItem(getTranslation("feeds.howto.iphone")),
                new ListItem(getTranslation("feeds.howto.google")), new ListItem(getTranslation("feeds.howto.outlook")));
        steps.addClassName("feed-howto");
        var note = new Paragraph(getTranslation("feeds.howto.note"));
        note.addClassName("feed-howto-note");
        add(subject, warning, row, howToTitle(), steps, note);

        var done = new Button(getTranslation("feeds.done"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("feed-done");
        getFooter().add(done);
        field.addAttachListener(e -> field.getElement().executeJs(
                "setTimeout(() => { this.inputElement.focus(); this.inputElement.select(); }, 150)"));
    }

    private H4 howToTitle() {
        var title = new H4(getTranslation("feeds.howto.title"));
        title.addClassName("feed-howto-title");
        return title;
    }

    String link() {
        return field.getValue();
    }

    private void copy(String link) {
        Clipboard.copy(field, link, getTranslation("feeds.copied"), getTranslation("feeds.copy-failed"));
    }
}
