package org.servicecentre.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.servicecentre.programme.ResidentCardPrints;
import org.servicecentre.programme.ResidentService;
import org.servicecentre.programme.ResidentSummary;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * Issues a personal QR card: asks whether the resident wants their (masked) name printed, says that a new card stops
 * the old one, issues it and offers the PDF to download and print.
 */
class CardDialog extends Dialog {

    private final ResidentService residents;
    private final ResidentCardPrints cards;
    private final ResidentSummary resident;
    private final Runnable issued;
    private final Checkbox showName = new Checkbox(getTranslation("residents.card.show-name"));
    private final Button issue = new Button(getTranslation("residents.card.issue.confirm"), VaadinIcon.QRCODE.create(),
            e -> issue());

    CardDialog(ResidentService residents, ResidentCardPrints cards, ResidentSummary resident, Runnable issued) {
        this.residents = residents;
        this.cards = cards;
        this.resident = resident;
        this.issued = issued;
        setId("card-dialog");
        addClassName("card-dialog");
        setHeaderTitle(getTranslation("residents.card.title"));
        setWidth("min(32rem, 100vw)");
        add(new Paragraph(getTranslation("residents.card.intro")));
        if (resident.cardId() != null) {
            var replaces = new Paragraph(getTranslation("residents.card.replaces"));
            replaces.addClassName("card-replaces");
            replaces.setId("card-replaces");
            add(replaces);
        }
        showName.setId("card-show-name");
        if (resident.hasName()) {
            showName.setHelperText(getTranslation("residents.card.show-name.helper"));
        } else {
            showName.setEnabled(false);
            showName.setHelperText(getTranslation("residents.card.no-name"));
        }
        add(showName);
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setId("card-issue");
        var cancel = new Button(getTranslation("form.cancel"), e -> close());
        cancel.setId("card-cancel");
        getFooter().add(cancel, issue);
    }

    private void issue() {
        Long cardId = DomainErrors.attempt(() -> residents.issueCard(resident.id(), showName.getValue()));
        if (cardId == null) {
            return;
        }
        byte[] pdf = DomainErrors.attempt(() -> cards.pdf(cardId));
        Notifications.success(getTranslation("residents.card.issued", String.format("%06d", cardId)));
        issued.run();
        if (pdf == null) {
            close();
            return;
        }
        var link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(pdf), ResidentCardPrints.fileName(cardId), "application/pdf", pdf.length)),
                getTranslation("residents.card.download"));
        link.setId("card-download");
        link.addClassName("card-download");
        var done = new Paragraph(getTranslation("residents.card.issued", String.format("%06d", cardId)));
        done.setId("card-issued");
        removeAll();
        add(done, link);
        getFooter().removeAll();
        var close = new Button(getTranslation("form.close"), e -> close());
        close.setId("card-close");
        getFooter().add(close);
    }
}
