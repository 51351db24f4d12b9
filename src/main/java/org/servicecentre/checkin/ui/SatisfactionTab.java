package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.checkin.FeedbackService;
import org.servicecentre.checkin.FeedbackSummary;
import org.servicecentre.checkin.FeedbackSummary.SessionFeedback;
import org.servicecentre.shared.ui.DomainErrors;

/**
 * How residents scored the centre at its kiosk, for its managers and the officers above it: over the last 30 days (or
 * another period), how many scores, their average and the share of 4 and 5 (满意率), how they spread over the five
 * faces, which tags were tapped, and the sessions scored. Others learn who may read it.
 */
class SatisfactionTab extends VerticalLayout {

    /** The periods offered, each ending today (in the centre's zone). */
    enum Period {
        LAST_7_DAYS(7), LAST_30_DAYS(30), LAST_90_DAYS(90), LAST_365_DAYS(365);

        private final int days;

        Period(int days) {
            this.days = days;
        }
    }

    private final FeedbackService feedback;
    private final CentreSummary centre;
    private final Clock clock;
    private final Select<Period> period = new Select<>();
    private final Div content = new Div();
    private boolean loaded;

    SatisfactionTab(FeedbackService feedback, CentreSummary centre, Clock clock) {
        this.feedback = feedback;
        this.centre = centre;
        this.clock = clock;
        addClassName("centre-feedback");
        setPadding(false);
        var header = new Div(new H3(getTranslation("centre.feedback.title")));
        header.addClassName("rules-section");
        header.setWidthFull();
        if (!feedback.mayRead(centre.id())) {
            add(header, new Paragraph(getTranslation("centre.feedback.readersOnly")));
            return;
        }
        period.setId("centre-feedback-period");
        period.setAriaLabel(getTranslation("centre.feedback.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> getTranslation("centre.feedback.period." + p.name().toLowerCase(Locale.ROOT)));
        period.setValue(Period.LAST_30_DAYS);
        period.addValueChangeListener(e -> load());
        period.addClassName("centre-feedback-period");
        header.add(period);
        var intro = new Paragraph(getTranslation("centre.feedback.intro"));
        intro.addClassName("form-hint");
        content.addClassName("centre-feedback-content");
        content.setWidthFull();
        add(header, intro, content);
        // computed when the tab is first shown, not whenever the centre page opens
        addAttachListener(e -> {
            if (!loaded) {
                load();
            }
        });
    }

    private void load() {
        loaded = true;
        var to = LocalDate.now(clock.withZone(centre.timeZone()));
        var from = to.minusDays(period.getValue().days - 1L);
        var summary = DomainErrors.attempt(() -> feedback.summary(centre.id(), from, to));
        content.removeAll();
        if (summary == null) {
            return;
        }
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var range = new Paragraph(getTranslation("centre.feedback.range", dates.format(from), dates.format(to)));
        range.addClassName("centre-feedback-range");
        range.setId("centre-feedback-range");
        content.add(range);
        if (summary.count() == 0) {
            content.add(empty());
            return;
        }
        var figures = new SatisfactionFigures(summary, getLocale());
        content.add(figures.totals(), figures.distribution(), figures.tags(), sessions(summary));
        var anonymous = new Paragraph(getTranslation("centre.feedback.anonymous"));
        anonymous.addClassNames("form-hint", "centre-feedback-anonymous");
        content.add(anonymous);
    }

    private Div empty() {
        var icon = VaadinIcon.SMILEY_O.create();
        icon.addClassName("centre-feedback-empty-icon");
        var title = new Span(getTranslation("centre.feedback.empty.title"));
        title.addClassName("centre-feedback-empty-title");
        var text = new Paragraph(getTranslation("centre.feedback.empty.text"));
        text.addClassName("form-hint");
        var box = new Div(icon, title, text);
        box.setId("centre-feedback-empty");
        box.addClassName("centre-feedback-empty");
        return box;
    }

    private Div sessions(FeedbackSummary summary) {
        var section = new Div(new H4(getTranslation("centre.feedback.sessions")));
        section.addClassName("centre-feedback-section");
        if (summary.sessions().isEmpty()) {
            var none = new Paragraph(getTranslation("centre.feedback.sessions.empty"));
            none.setId("centre-feedback-sessions-none");
            none.addClassName("form-hint");
            section.add(none);
            return section;
        }
        var grid = new Grid<SessionFeedback>();
        grid.setId("centre-feedback-sessions");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(s -> when.format(s.start())).setHeader(getTranslation("centre.feedback.session.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SessionFeedback::programmeTitle).setHeader(getTranslation("centre.feedback.session.programme"))
                .setFlexGrow(1);
        grid.addColumn(SessionFeedback::count).setHeader(getTranslation("centre.feedback.session.count"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(s -> SatisfactionFigures.average(s.average(), getLocale()))
                .setHeader(getTranslation("centre.feedback.session.average")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(summary.sessions());
        section.add(grid);
        return section;
    }
}
