package org.servicecentre.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.servicecentre.booking.BookingRules;
import org.servicecentre.booking.BookingRulesService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.shared.ui.Notifications;

/**
 * A centre's booking rules in plain words, and for its managers a way to change them. The rules bind NGO staff;
 * managers and admins book on behalf of organisations without them.
 */
class BookingRulesTab extends VerticalLayout {

    private final BookingRulesService service;
    private final CentreSummary centre;
    private final boolean editable;

    BookingRulesTab(BookingRulesService service, CentreSummary centre, boolean editable) {
        this.service = service;
        this.centre = centre;
        this.editable = editable;
        addClassName("rules-tab");
        setPadding(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        var rules = service.get(centre.id());
        var header = new Div(new H3(getTranslation("rules.title")));
        header.addClassName("rules-section");
        if (editable) {
            var edit = new Button(getTranslation("rules.edit"), VaadinIcon.EDIT.create(), e -> edit(rules));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setId("edit-rules");
            header.add(edit);
        }
        var who = new Paragraph(getTranslation("rules.who"));
        who.addClassName("rules-who");
        var list = new Div(
                rule("rule-horizon", VaadinIcon.CALENDAR, getTranslation("rules.horizon", rules.horizonDays())),
                rule("rule-notice", VaadinIcon.CLOCK, rules.minNoticeMinutes() == 0 ? getTranslation("rules.notice.none")
                        : getTranslation("rules.notice", duration(rules.minNoticeMinutes()))),
                rule("rule-max-length", VaadinIcon.HOURGLASS,
                        getTranslation("rules.maxLength", duration(rules.maxLengthMinutes()))),
                rule("rule-quota", VaadinIcon.BAR_CHART, rules.weeklyQuotaMinutes() == null
                        ? getTranslation("rules.quota.none")
                        : getTranslation("rules.quota", duration(rules.weeklyQuotaMinutes()))),
                rule("rule-cutoff", VaadinIcon.BAN, rules.cancelCutoffMinutes() == 0
                        ? getTranslation("rules.cutoff.none")
                        : getTranslation("rules.cutoff", duration(rules.cancelCutoffMinutes()))));
        list.addClassName("rules-list");
        add(header, who, list);
    }

    private Component rule(String id, VaadinIcon icon, String text) {
        var line = new Div(icon.create(), new Span(text));
        line.setId(id);
        line.addClassName("rules-item");
        return line;
    }

    /** "2 小时", "1 小时 30 分钟", "3 天" — whole days only from two days up, where hours read worse. */
    private String duration(int minutes) {
        if (minutes >= 2 * 1440 && minutes % 1440 == 0) {
            return getTranslation("rules.duration.days", minutes / 1440);
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return getTranslation("rules.duration.minutes", rest);
        }
        return rest == 0 ? getTranslation("rules.duration.hours", hours)
                : getTranslation("rules.duration.hoursMinutes", hours, rest);
    }

    private void edit(BookingRules current) {
        new RulesForm().edit(RulesDraft.of(current), draft -> {
            service.update(centre.id(), draft.rules());
            Notifications.success(getTranslation("rules.saved", centre.name()));
            refresh();
        });
    }
}
