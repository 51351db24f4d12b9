package org.servicecentre.centre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicecentre.centre.CatalogueService;
import org.servicecentre.centre.CentreOfferService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.OfferingDraft;
import org.servicecentre.centre.OfferingSummary;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * What a centre offers and when: first the week at a glance (Monday to Sunday), then one card per service with
 * its slots and who delivers them. Editors add, change and remove slots here.
 */
class CentreServicesTab extends VerticalLayout {

    private final CentreSummary centre;
    private final boolean editable;
    private final CentreOfferService offers;
    private final CatalogueService catalogue;
    private final Div week = new Div();
    private final Div cards = new Div();
    private final Paragraph empty = new Paragraph();

    CentreServicesTab(CentreSummary centre, boolean editable, CentreOfferService offers, CatalogueService catalogue) {
        this.centre = centre;
        this.editable = editable;
        this.offers = offers;
        this.catalogue = catalogue;
        addClassName("centre-services");
        setPadding(false);
        var intro = new Paragraph(getTranslation("offerings.intro"));
        intro.addClassName("offerings-intro");
        var header = new Div(intro);
        header.addClassName("offerings-header");
        if (editable) {
            var add = new Button(getTranslation("offerings.add"), VaadinIcon.PLUS.create(), e -> add());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("add-offering");
            header.add(add);
        }
        week.addClassName("offerings-week");
        cards.addClassName("cards");
        cards.addClassName("offerings-cards");
        empty.addClassName("empty-state");
        add(header, week, cards, empty);
        show();
    }

    private void show() {
        var found = offers.offeringsOf(centre.id());
        showWeek(found);
        cards.removeAll();
        Map<Long, List<OfferingSummary>> byItem = new LinkedHashMap<>();
        found.stream().sorted(Comparator.comparingInt((OfferingSummary o) -> o.item().sortOrder())
                        .thenComparing(o -> o.item().code()))
                .forEach(o -> byItem.computeIfAbsent(o.item().id(), k -> new ArrayList<>()).add(o));
        byItem.values().forEach(slots -> cards.add(card(slots)));
        empty.setText(getTranslation(editable ? "offerings.empty.editor" : "offerings.empty"));
        empty.setVisible(found.isEmpty());
        week.setVisible(!found.isEmpty());
    }

    private void showWeek(List<OfferingSummary> found) {
        week.removeAll();
        for (var day : DayOfWeek.values()) {
            var column = new Div();
            column.addClassName("offerings-day");
            var title = new Span(dayName(day));
            title.addClassName("offerings-day-name");
            column.add(title);
            var today = found.stream().filter(o -> o.weekday() == day && o.active()).toList();
            if (today.isEmpty()) {
                var none = new Span(getTranslation("offerings.day.none"));
                none.addClassName("offerings-day-none");
                column.add(none);
            }
            for (var slot : today) {
                var entry = new Div(new Span(OfferingText.times(slot)), new Span(slot.item().name().in(getLocale())));
                entry.addClassName("offerings-day-slot");
                column.add(entry);
            }
            week.add(column);
        }
    }

    private Component card(List<OfferingSummary> slots) {
        var item = slots.getFirst().item();
        var card = new Div();
        card.addClassNames("card", "offering-card");
        var name = new Span(item.name().in(getLocale()));
        name.addClassName("card-title");
        var path = new Span(String.join(" / ", item.path().stream().map(n -> n.in(getLocale())).toList()));
        path.addClassName("offering-path");
        card.add(name, path);
        for (var slot : slots) {
            card.add(slotLine(slot));
        }
        return card;
    }

    private Component slotLine(OfferingSummary slot) {
        var line = new Div();
        line.addClassName("offering-slot");
        var when = new Span(dayName(slot.weekday()) + " " + OfferingText.times(slot));
        when.addClassName("offering-when");
        var who = new Span(slot.organisationName());
        who.addClassName("offering-who");
        var text = new Div(when, who);
        text.addClassName("offering-text");
        if (slot.note() != null) {
            var note = new Span(slot.note());
            note.addClassName("offering-note");
            text.add(note);
        }
        if (!slot.active()) {
            var paused = new Span(getTranslation("offerings.paused"));
            paused.addClassNames("badge", "muted");
            text.add(paused);
        }
        line.add(text);
        if (editable) {
            line.add(actionButton(VaadinIcon.EDIT, "offerings.edit", () -> edit(slot)),
                    actionButton(VaadinIcon.TRASH, "offerings.remove", () -> confirmRemove(slot)));
        }
        return line;
    }

    private Button actionButton(VaadinIcon icon, String labelKey, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addClassName("action-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        return button;
    }

    private void add() {
        new OfferingForm(catalogue, offers.deliverers(), null, false).edit(new OfferingDraft(), draft -> {
            var added = offers.add(centre.id(), draft);
            show();
            Notifications.success(getTranslation("offerings.added", added.item().name().in(getLocale())));
        });
    }

    private void edit(OfferingSummary slot) {
        new OfferingForm(catalogue, offers.deliverers(), slot.item(), true).edit(OfferingDraft.of(slot), draft -> {
            var saved = offers.update(slot.id(), draft);
            show();
            Notifications.success(getTranslation("offerings.saved", saved.item().name().in(getLocale())));
        });
    }

    private void confirmRemove(OfferingSummary slot) {
        var what = slot.item().name().in(getLocale()) + " · " + dayName(slot.weekday()) + " " + OfferingText.times(slot);
        Confirmations.destructive(getTranslation("offerings.remove.title"),
                getTranslation("offerings.remove.text", what), getTranslation("offerings.remove"), () -> {
                    if (DomainErrors.attempt(() -> offers.remove(slot.id()))) {
                        show();
                        Notifications.success(getTranslation("offerings.removed", what));
                    }
                });
    }

    private String dayName(DayOfWeek day) {
        return getTranslation(OfferingText.dayKey(day));
    }
}
