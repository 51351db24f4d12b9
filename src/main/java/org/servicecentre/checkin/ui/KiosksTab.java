package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.checkin.KioskDraft;
import org.servicecentre.checkin.KioskService;
import org.servicecentre.checkin.KioskState;
import org.servicecentre.checkin.KioskSummary;
import org.servicecentre.checkin.PairingCode;
import org.servicecentre.shared.TranslationProvider;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * A centre's kiosks for its managers: each with its state and when its device was last seen; add a kiosk (which
 * shows its one-time pairing code), issue a new pairing code, or revoke one. Others only learn who keeps them.
 */
class KiosksTab extends VerticalLayout {

    private final KioskService service;
    private final CentreSummary centre;
    private final Grid<KioskSummary> grid = new Grid<>();
    private final DateTimeFormatter times;

    KiosksTab(KioskService service, CentreSummary centre, boolean editable) {
        this.service = service;
        this.centre = centre;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(centre.timeZone());
        addClassName("kiosks-tab");
        setPadding(false);
        var header = new Div(new H3(getTranslation("kiosk.title")));
        header.addClassName("rules-section");
        var intro = new Paragraph(getTranslation("kiosk.intro"));
        intro.addClassName("form-hint");
        if (!editable) {
            add(header, new Paragraph(getTranslation("kiosk.managersOnly")));
            return;
        }
        var add = new Button(getTranslation("kiosk.add"), VaadinIcon.PLUS.create(), e -> create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add.setId("kiosk-add");
        header.add(add);
        configureGrid();
        add(header, intro, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("kiosk-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(KioskSummary::code).setHeader(getTranslation("kiosk.code")).setAutoWidth(true);
        grid.addColumn(KioskSummary::name).setHeader(getTranslation("kiosk.name")).setWidth("9em").setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader(getTranslation("kiosk.state")).setAutoWidth(true);
        grid.addColumn(k -> time(k.pairedAt())).setHeader(getTranslation("kiosk.pairedAt")).setWidth("11em").setFlexGrow(0);
        grid.addColumn(k -> time(k.lastSeenAt())).setHeader(getTranslation("kiosk.lastSeen")).setWidth("11em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("kiosk.actions")).setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        var empty = new Span(getTranslation("kiosk.empty"));
        empty.addClassName("form-hint");
        grid.setEmptyStateComponent(empty);
    }

    private Span state(KioskSummary kiosk) {
        var badge = new Span(getTranslation(TranslationProvider.keyOf(kiosk.state())));
        badge.addClassNames("badge", switch (kiosk.state()) {
            case PAIRED -> "success";
            case REVOKED -> "error";
            case PAIRING_EXPIRED -> "muted";
            case AWAITING_PAIRING -> "status-requested";
        });
        return badge;
    }

    private Div actions(KioskSummary kiosk) {
        var renew = new Button(VaadinIcon.KEY.create(), e -> newCode(kiosk));
        renew.setTooltipText(getTranslation("kiosk.newCode"));
        renew.setAriaLabel(getTranslation("kiosk.newCode"));
        renew.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        renew.setId("kiosk-new-code-" + kiosk.code());
        var actions = new Div(renew);
        if (kiosk.state() != KioskState.REVOKED) {
            var revoke = new Button(VaadinIcon.BAN.create(), e -> revoke(kiosk));
            revoke.setTooltipText(getTranslation("kiosk.revoke"));
            revoke.setAriaLabel(getTranslation("kiosk.revoke"));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            revoke.setId("kiosk-revoke-" + kiosk.code());
            actions.add(revoke);
        }
        actions.addClassName("kiosk-actions");
        return actions;
    }

    private void create() {
        var form = new KioskForm(centre);
        form.edit(new KioskDraft(), draft -> show(service.create(centre.id(), draft)));
    }

    private void newCode(KioskSummary kiosk) {
        Runnable issue = () -> {
            var code = DomainErrors.attempt(() -> service.newPairingCode(kiosk.id()));
            if (code != null) {
                show(code);
            }
        };
        if (kiosk.state() == KioskState.PAIRED) {
            Confirmations.destructive(getTranslation("kiosk.newCode.title"),
                    getTranslation("kiosk.newCode.text", kiosk.name()), getTranslation("kiosk.newCode.confirm"), issue);
        } else {
            issue.run();
        }
    }

    private void revoke(KioskSummary kiosk) {
        Confirmations.destructive(getTranslation("kiosk.revoke.title"), getTranslation("kiosk.revoke.text", kiosk.name()),
                getTranslation("kiosk.revoke.confirm"), () -> {
                    if (DomainErrors.attempt(() -> service.revoke(kiosk.id())) != null) {
                        Notifications.success(getTranslation("kiosk.revoked", kiosk.name()));
                        refresh();
                    }
                });
    }

    private void show(PairingCode code) {
        refresh();
        new PairingCodeDialog(code, times).open();
    }

    private void refresh() {
        grid.setItems(service.list(centre.id()));
    }

    private String time(Instant instant) {
        return instant == null ? "—" : times.format(instant);
    }
}
