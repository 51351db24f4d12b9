package org.servicecentre.programme.publicpage;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.servicecentre.programme.PublicRegistrations;

/**
 * Offers the resident a printable personal QR card (to check in at any centre without a phone), with their masked
 * name on it only if they tick it. Each download issues a new card and the previous one stops working.
 */
class PersonalCardOffer extends Div {

    PersonalCardOffer(PublicRegistrations registrations, String manageToken, boolean hasName) {
        addClassNames("public-card", "ticket-personal-card");
        var text = new Paragraph(getTranslation("ticketpage.card.text"));
        var showName = new AtomicBoolean(false);
        add(new H2(getTranslation("ticketpage.card.title")), text);
        if (hasName) {
            var withName = new Checkbox(getTranslation("ticketpage.card.show-name"));
            withName.setId("card-show-name");
            withName.addValueChangeListener(e -> showName.set(e.getValue()));
            add(withName);
        }
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = registrations.issueCard(manageToken, showName.get());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "check-in-card.pdf", "application/pdf",
                    pdf.length);
        }), AttachmentType.DOWNLOAD, "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("ticketpage.card.download")));
        download.addClassNames("ticket-button", "ticket-card-download");
        download.setId("card-download");
        add(download);
    }
}
