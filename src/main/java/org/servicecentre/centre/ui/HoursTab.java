package org.servicecentre.centre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.ClosureSummary;
import org.servicecentre.centre.DayHours;
import org.servicecentre.centre.HoursExceptionSummary;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * Shows a centre's hours: today's status, the usual week, the coming special hours and closures (past ones behind
 * a toggle); editors change the week and add or remove special hours and closures.
 */
class HoursTab extends VerticalLayout {

    private final OpeningHoursService hours;
    private final CentreSummary centre;
    private final boolean editable;
    private final Clock clock;
    private final Checkbox showPast = new Checkbox();

    HoursTab(OpeningHoursService hours, CentreSummary centre, boolean editable, Clock clock) {
        this.hours = hours;
        this.centre = centre;
        this.editable = editable;
        this.clock = clock;
        addClassName("hours-tab");
        setPadding(false);
        showPast.setLabel(getTranslation("hours.past.show"));
        showPast.setId("hours-show-past");
        showPast.addValueChangeListener(e -> refresh());
        refresh();
    }

    private void refresh() {
        removeAll();
        var today = LocalDate.now(clock.withZone(centre.timeZone()));
        add(todayStatus(hours.today(centre.id())));
        if (!centre.timeZone().equals(CentreDraft.DEFAULT_ZONE)) {
            add(muted(getTranslation("hours.zone", centre.timeZone().getId())));
        }
        add(section("hours.week.title", editable ? button("hours.week.edit", "edit-week", VaadinIcon.EDIT, this::editWeek) : null));
        add(week(today));
        add(section("hours.exceptions.title", editable ? button("hours.exceptions.add", "add-exception", VaadinIcon.PLUS, this::addException) : null));
        var coming = hours.exceptions(centre.id(), false);
        add(coming.isEmpty() ? muted(getTranslation("hours.exceptions.empty")) : list(coming.stream().map(this::exception)));
        add(section("hours.closures.title", editable ? button("hours.closures.add", "add-closure", VaadinIcon.PLUS, this::addClosure) : null));
        var closures = hours.closures(centre.id(), false);
        add(closures.isEmpty() ? muted(getTranslation("hours.closures.empty")) : list(closures.stream().map(c -> closure(c, today))));
        add(showPast);
        if (showPast.getValue()) {
            var pastExceptions = hours.exceptions(centre.id(), true);
            var pastClosures = hours.closures(centre.id(), true);
            var past = list(java.util.stream.Stream.concat(pastClosures.stream().map(c -> closure(c, today)),
                    pastExceptions.stream().map(this::exception)));
            past.addClassName("hours-past");
            add(pastExceptions.isEmpty() && pastClosures.isEmpty() ? muted(getTranslation("hours.past.empty")) : past);
        }
    }

    private Component todayStatus(DayHours day) {
        var status = new Div();
        status.setId("hours-today");
        status.addClassNames("hours-today", day.open() ? "open" : "closed");
        var icon = (day.open() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.BAN).create();
        String text = switch (day.kind()) {
            case CLOSURE -> getTranslation("hours.today.closure", day.reason());
            case SPECIAL -> getTranslation("hours.today.special", HoursTexts.ranges(this, day.ranges()), day.reason());
            case REGULAR -> day.open() ? getTranslation("hours.today.open", HoursTexts.ranges(this, day.ranges()))
                    : getTranslation("hours.today.closed");
        };
        status.add(icon, new Span(text));
        return status;
    }

    private Component week(LocalDate today) {
        var week = hours.weeklyHours(centre.id());
        var table = new Div();
        table.addClassName("hours-week");
        table.setId("hours-week");
        for (var day : DayOfWeek.values()) {
            var name = new Span(HoursTexts.day(this, day));
            name.addClassName("hours-day");
            var ranges = week.on(day);
            var value = new Span(ranges.isEmpty() ? getTranslation("hours.closed") : HoursTexts.ranges(this, ranges));
            value.addClassName(ranges.isEmpty() ? "hours-closed" : "hours-ranges");
            if (day == today.getDayOfWeek()) {
                name.addClassName("today");
                value.addClassName("today");
            }
            table.add(name, value);
        }
        return table;
    }

    private Component exception(HoursExceptionSummary exception) {
        var card = card(HoursTexts.date(this, exception.date()), HoursTexts.ranges(this, exception.ranges()),
                exception.reason(), null);
        card.addClassName("hours-exception");
        if (editable) {
            card.add(remove(() -> confirm("hours.exception.remove.title", getTranslation("hours.exception.remove.text",
                    HoursTexts.date(this, exception.date())), () -> hours.removeException(centre.id(), exception.id()))));
        }
        return card;
    }

    private Component closure(ClosureSummary closure, LocalDate today) {
        var scope = new Span(closure.wholeCentre() ? getTranslation("hours.closure.whole")
                : getTranslation("hours.closure.room.named", closure.roomName()));
        scope.addClassNames("badge", closure.wholeCentre() ? "error" : "muted");
        var card = card(HoursTexts.dates(this, closure.firstDay(), closure.lastDay()), null, closure.reason(), scope);
        card.addClassName("hours-closure");
        if (closure.covers(today)) {
            var now = new Span(getTranslation("hours.closure.now"));
            now.addClassName("badge");
            card.addComponentAtIndex(1, now);
        }
        if (editable) {
            card.add(remove(() -> confirm("hours.closure.remove.title", getTranslation("hours.closure.remove.text",
                    HoursTexts.dates(this, closure.firstDay(), closure.lastDay()), closure.reason()),
                    () -> hours.removeClosure(centre.id(), closure.id()))));
        }
        return card;
    }

    private Div card(String when, String ranges, String reason, Span badge) {
        var card = new Div();
        card.addClassName("hours-item");
        var date = new Span(when);
        date.addClassName("hours-item-when");
        card.add(date);
        if (badge != null) {
            card.add(badge);
        }
        if (ranges != null) {
            var span = new Span(ranges);
            span.addClassName("hours-ranges");
            card.add(span);
        }
        var why = new Span(reason);
        why.addClassName("hours-item-reason");
        card.add(why);
        return card;
    }

    private Button remove(Runnable action) {
        var button = new Button(VaadinIcon.TRASH.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation("hours.remove"));
        button.setTooltipText(getTranslation("hours.remove"));
        button.addClassName("hours-remove");
        return button;
    }

    private void confirm(String titleKey, String text, Runnable removal) {
        Confirmations.destructive(getTranslation(titleKey), text, getTranslation("hours.remove"), () -> {
            if (DomainErrors.attempt(removal)) {
                Notifications.success(getTranslation("hours.removed"));
                refresh();
            }
        });
    }

    private void editWeek() {
        new WeeklyHoursDialog(hours, centre, hours.weeklyHours(centre.id()), this::refresh).open();
    }

    private void addException() {
        var today = LocalDate.now(clock.withZone(centre.timeZone()));
        var dialog = new HoursExceptionDialog(today);
        dialog.edit(HoursExceptionDialog.blank(null), draft -> {
            hours.addException(centre.id(), draft);
            Notifications.success(getTranslation("hours.exception.saved", HoursTexts.date(this, draft.getDate())));
            refresh();
        });
    }

    private void addClosure() {
        var today = LocalDate.now(clock.withZone(centre.timeZone()));
        var dialog = new ClosureDialog(today, hours.rooms(centre.id()));
        dialog.edit(new org.servicecentre.centre.ClosureDraft(), draft -> {
            hours.addClosure(centre.id(), draft);
            Notifications.success(getTranslation("hours.closure.saved"));
            refresh();
        });
    }

    private Component section(String titleKey, Button action) {
        var header = new Div(new H3(getTranslation(titleKey)));
        header.addClassName("hours-section");
        if (action != null) {
            header.add(action);
        }
        return header;
    }

    private Button button(String key, String id, VaadinIcon icon, Runnable action) {
        var button = new Button(getTranslation(key), icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId(id);
        return button;
    }

    private static Div list(java.util.stream.Stream<Component> items) {
        var list = new Div();
        list.addClassName("hours-list");
        items.forEach(list::add);
        return list;
    }

    private static Paragraph muted(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("empty-state");
        return paragraph;
    }
}
