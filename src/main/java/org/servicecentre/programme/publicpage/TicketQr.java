package org.servicecentre.programme.publicpage;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.servicecentre.programme.TicketService;

/** The ticket's QR code, big, with "save picture" and "print" (the print style shows only the ticket). */
class TicketQr extends Div {

    private static final int SIZE = 600;

    TicketQr(TicketService tickets, long registrationId, String alt) {
        addClassName("ticket-qr");
        byte[] png = tickets.png(tickets.registrationToken(registrationId), SIZE);
        var image = new Image(DownloadHandler.fromInputStream(event -> response(png, registrationId)), alt);
        image.addClassName("ticket-qr-image");
        image.setId("ticket-qr");
        var hint = new Paragraph(getTranslation("ticketpage.qr.hint"));
        hint.addClassName("ticket-qr-hint");

        var save = new Anchor(DownloadHandler.fromInputStream(event -> response(png, registrationId)),
                AttachmentType.DOWNLOAD, "");
        save.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("ticketpage.save")));
        save.addClassNames("ticket-button", "ticket-save");
        save.setId("ticket-save");
        var print = new Button(getTranslation("ticketpage.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addClassNames("ticket-button", "ticket-print");
        print.setId("ticket-print");
        var buttons = new Div(save, print);
        buttons.addClassName("ticket-qr-buttons");
        add(image, hint, buttons);
    }

    private static DownloadResponse response(byte[] png, long registrationId) {
        return new DownloadResponse(new ByteArrayInputStream(png), "ticket-" + registrationId + ".png", "image/png",
                png.length);
    }
}
