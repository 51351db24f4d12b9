package org.servicecentre.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.servicecentre.programme.ConsentRecord;
import org.servicecentre.programme.ResidentCardPrints;
import org.servicecentre.programme.ResidentDraft;
import org.servicecentre.programme.ResidentService;
import org.servicecentre.programme.ResidentSummary;
import org.servicecentre.shared.TranslationProvider;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * One resident: what is kept (masked unless the caller may see it), the consents behind it with a way to withdraw
 * each, and for the staff who work with the resident: edit, merge a duplicate, and issue and print the QR card.
 */
class ResidentDialog extends Dialog {

    private final ResidentService residents;
    private final ResidentCardPrints cards;
    private final boolean staff;
    private final Runnable changed;
    private final Div body = new Div();
    private ResidentSummary resident;

    ResidentDialog(ResidentService residents, ResidentCardPrints cards, ResidentSummary resident, boolean staff,
                   Runnable changed) {
        this.residents = residents;
        this.cards = cards;
        this.staff = staff;
        this.changed = changed;
        addClassName("resident-dialog");
        setId("resident-dialog");
        setWidth("min(52rem, 100vw)");
        body.addClassName("resident-details");
        add(body);
        var close = new Button(getTranslation("form.close"), e -> close());
        close.setId("resident-close");
        getFooter().add(close);
        show(resident);
    }

    /** Shows the resident as the service returned them after the last change. */
    void show(ResidentSummary shown) {
        this.resident = shown;
        setHeaderTitle(ResidentTexts.label(this, shown));
        body.removeAll();
        body.add(facts());
        if (!shown.unmasked() && (shown.hasName() || shown.hasPhone())) {
            var note = new Paragraph(ResidentTexts.maskedBadge(this),
                    new Span(" " + getTranslation("residents.detail.masked-note")));
            note.addClassName("resident-masked-note");
            body.add(note);
        }
        body.add(actions(), new H4(getTranslation("residents.consents")), consents());
    }

    private Div facts() {
        var none = getTranslation("residents.detail.none");
        var facts = new Div(
                fact("residents.detail.phone", shown(resident.phone(), none), "resident-detail-phone"),
                fact("residents.detail.groups", shown(ResidentTexts.groups(this, resident.targetGroups()), none),
                        "resident-detail-groups"),
                fact("residents.detail.created", ResidentTexts.dateTime(this, resident.createdAt()), null),
                fact("residents.column.card", resident.cardId() == null ? none
                        : getTranslation("card.pdf.number", String.format("%06d", resident.cardId())), null));
        facts.addClassName("resident-facts");
        return facts;
    }

    private Div fact(String labelKey, String value, String id) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("resident-fact-label");
        var text = new Span(value);
        if (id != null) {
            text.setId(id);
        }
        var fact = new Div(label, text);
        fact.addClassName("resident-fact");
        return fact;
    }

    private Div actions() {
        var actions = new Div();
        actions.addClassName("resident-actions");
        if (staff && resident.mayEdit()) {
            actions.add(button("residents.edit", VaadinIcon.EDIT, "resident-edit", this::edit));
            actions.add(button("residents.card.issue", VaadinIcon.QRCODE, "resident-issue-card",
                    () -> new CardDialog(residents, cards, resident, this::reload).open()));
            if (resident.cardId() != null) {
                actions.add(download(resident.cardId()));
            }
        }
        if (!staff || resident.mayEdit()) {
            actions.add(button("residents.merge", VaadinIcon.LINK, "resident-merge",
                    () -> new MergeDialog(residents, resident, this::merged).open()));
        }
        return actions;
    }

    private Button button(String key, VaadinIcon icon, String id, Runnable action) {
        var button = new Button(getTranslation(key), icon.create(), e -> action.run());
        button.setId(id);
        return button;
    }

    /** The card's PDF, made when the link is followed (in that request, as the signed-in user). */
    private Anchor download(long cardId) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = cards.pdf(cardId);
            return new DownloadResponse(new ByteArrayInputStream(pdf), ResidentCardPrints.fileName(cardId),
                    "application/pdf", pdf.length);
        }), getTranslation("residents.card.download"));
        link.setId("resident-card-download");
        link.addClassName("resident-card-download");
        return link;
    }

    private Grid<ConsentRecord> consents() {
        var grid = new Grid<ConsentRecord>();
        grid.setId("resident-consents");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> getTranslation(TranslationProvider.keyOf(c.subject())))
                .setHeader(getTranslation("residents.consents.column.subject")).setKey("subject").setFlexGrow(2);
        grid.addColumn(c -> getTranslation(TranslationProvider.keyOf(c.channel())))
                .setHeader(getTranslation("residents.consents.column.channel")).setKey("channel").setFlexGrow(2)
                .setTooltipGenerator(c -> getTranslation(TranslationProvider.keyOf(c.channel())));
        grid.addColumn(c -> ResidentTexts.dateTime(this, c.givenAt()))
                .setHeader(getTranslation("residents.consents.column.given")).setKey("given").setWidth("9.5rem")
                .setFlexGrow(0);
        grid.addColumn(c -> c.recordedBy() == null ? "" : c.recordedBy())
                .setHeader(getTranslation("residents.consents.column.by")).setKey("by").setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(this::withdrawnCell).setHeader(getTranslation("residents.consents.column.withdrawn"))
                .setKey("withdrawn").setWidth("10rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("residents.consents.empty"));
        grid.setItems(resident.consents());
        return grid;
    }

    private Span withdrawnCell(ConsentRecord consent) {
        var cell = new Span();
        if (consent.withdrawnAt() != null) {
            cell.setText(ResidentTexts.dateTime(this, consent.withdrawnAt()));
        } else if (!staff || resident.mayEdit()) {
            var withdraw = new Button(getTranslation("residents.consents.withdraw"), e -> confirmWithdraw(consent));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            withdraw.addClassName("withdraw-consent");
            cell.add(withdraw);
        } else {
            var active = new Span(getTranslation("residents.consents.active"));
            active.addClassNames("badge", "success");
            cell.add(active);
        }
        return cell;
    }

    private void confirmWithdraw(ConsentRecord consent) {
        Confirmations.destructive(getTranslation("residents.withdraw.title", consent.subject()),
                getTranslation("residents.withdraw.text"), getTranslation("residents.withdraw.confirm"), () -> {
                    var after = DomainErrors.attempt(() -> residents.withdrawConsent(resident.id(),
                            consent.subject()));
                    if (after != null) {
                        Notifications.success(getTranslation("residents.withdrawn"));
                        show(after);
                        changed.run();
                    }
                }).setId("confirm-withdraw");
    }

    private void edit() {
        var draft = new ResidentDraft(resident.name(), resident.phone(), resident.targetGroups(), false);
        new ResidentForm(getTranslation("residents.form.edit.title"), draft, edited -> {
            show(residents.update(resident.id(), edited));
            Notifications.success(getTranslation("residents.saved"));
            changed.run();
        }).open();
    }

    private void reload() {
        var current = DomainErrors.attempt(() -> residents.get(resident.id()));
        if (current != null) {
            show(current);
        }
        changed.run();
    }

    private void merged(ResidentSummary kept) {
        Notifications.success(getTranslation("residents.merged"));
        show(kept);
        changed.run();
    }

    private static String shown(String value, String none) {
        return value == null || value.isBlank() ? none : value;
    }
}
