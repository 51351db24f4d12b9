package org.servicecentre.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.servicecentre.programme.RegistrationStatus;
import org.servicecentre.programme.RegistrationSummary;
import org.servicecentre.shared.ui.Clipboard;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What registering a resident gave: a place or a turn on the waitlist, and the resident's ticket link (shown once:
 * only its hash is kept) with the ticket image to print.
 */
class RegistrationOutcome extends Div {

    RegistrationOutcome(RegistrationSummary done) {
        addClassName("registration-outcome");
        setId("registration-outcome");
        var resident = done.residentName() != null ? done.residentName()
                : getTranslation("attendance.anonymous", done.residentId());
        var result = done.status() == RegistrationStatus.WAITLISTED
                ? getTranslation("attendance.register.waitlisted", resident, done.waitlistPosition())
                : getTranslation("attendance.register.placed", resident);
        var headline = new Paragraph(result);
        headline.addClassName(done.status() == RegistrationStatus.WAITLISTED ? "outcome-waitlisted"
                : "outcome-placed");
        headline.setId("registration-result");
        add(headline);
        if (done.manageToken() == null) {
            return;
        }
        var link = new TextField(getTranslation("attendance.register.ticket-link"));
        link.setValue(absolute("/t/" + done.manageToken()));
        link.setReadOnly(true);
        link.setWidthFull();
        link.setHelperText(getTranslation("attendance.register.ticket-link.help"));
        link.setId("ticket-link");
        var copy = new Button(getTranslation("attendance.register.copy"), VaadinIcon.COPY.create(),
                e -> Clipboard.copy(link, link.getValue(), getTranslation("attendance.register.copied"),
                        getTranslation("attendance.register.copy-failed")));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.setId("ticket-copy");
        var linkRow = new HorizontalLayout(link, copy);
        linkRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        linkRow.setWidthFull();
        linkRow.setFlexGrow(1, link);
        var image = new Anchor("/api/v1/registrations/" + done.id() + "/ticket.png",
                getTranslation("attendance.register.ticket-image"), AnchorTarget.BLANK);
        image.setRouterIgnore(true);
        image.setId("ticket-image");
        add(linkRow, image);
    }

    /** This server's address as the browser reached it, plus {@code path}. */
    private static String absolute(String path) {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return path;
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path(path).toUriString();
    }
}
