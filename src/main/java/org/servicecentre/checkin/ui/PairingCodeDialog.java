package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.servicecentre.centre.QrCodes;
import org.servicecentre.checkin.PairingCode;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Shows a one-time pairing code once, big enough to type on the kiosk from across the room, with a QR of the pairing
 * page's address (code filled in) for kiosks or tablets that can scan it. Closing the dialog forgets the code.
 */
class PairingCodeDialog extends Dialog {

    private static final int QR_PIXELS = 320;

    PairingCodeDialog(PairingCode pairing, DateTimeFormatter times) {
        setHeaderTitle(getTranslation("kiosk.pairing.title", pairing.kiosk().name()));
        setWidth("min(560px, 95vw)");
        addClassName("pairing-code-dialog");
        var digits = new Span(pairing.code().substring(0, 4) + " " + pairing.code().substring(4));
        digits.addClassName("pairing-code");
        digits.setId("pairing-code");
        String url = absolute(pairing.pairingPath());
        var qr = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(url, QR_PIXELS)),
                getTranslation("kiosk.pairing.qr.alt"));
        qr.addClassName("pairing-qr");
        qr.setId("pairing-qr");
        var how = new Paragraph(getTranslation("kiosk.pairing.how", absolute("kiosk/pair")));
        var until = new Paragraph(getTranslation("kiosk.pairing.until", times.format(pairing.expiresAt())));
        until.addClassName("form-hint");
        var once = new Paragraph(getTranslation("kiosk.pairing.once"));
        once.addClassName("form-hint");
        var body = new Div(how, digits, qr, until, once);
        body.addClassName("pairing-body");
        add(body);
        var close = new Button(getTranslation("form.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("pairing-close");
        getFooter().add(close);
    }

    /** The address as the manager's browser reached the app, so a tablet on the same network can open it. */
    private static String absolute(String path) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString()
                    + "/" + path;
        }
        return "/" + path;
    }
}
