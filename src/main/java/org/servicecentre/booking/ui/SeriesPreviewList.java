package org.servicecentre.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.servicecentre.booking.OccurrencePreview;
import org.servicecentre.booking.SeriesPreview;

/**
 * The occurrences of a series preview, one row each: date, weekday, time, and a tick or the reason it cannot be
 * booked in short words (冲突 14:00–16:00, 闭馆：春节…), under a one-line summary.
 */
class SeriesPreviewList extends Composite<VerticalLayout> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Span summary = new Span();
    private final Grid<OccurrencePreview> grid = new Grid<>();
    private ZoneId zone = ZoneId.systemDefault();

    SeriesPreviewList() {
        var layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        summary.setId("series-summary");
        summary.addClassName("series-summary");
        summary.getStyle().set("margin", "var(--lumo-space-s) 0");
        grid.setId("series-occurrences");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.setHeight("16rem");
        grid.addColumn(o -> DATE.format(o.start().atZone(zone))).setHeader(getTranslation("series.column.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> getTranslation("recurrence.day.short." + code(o))).setHeader(getTranslation("series.column.weekday"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> TIME.format(o.start().atZone(zone)) + "–" + TIME.format(o.end().atZone(zone)))
                .setHeader(getTranslation("series.column.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::status).setHeader(getTranslation("series.column.status")).setFlexGrow(1);
        layout.add(summary, grid);
        clear();
    }

    void show(SeriesPreview preview) {
        zone = preview.zone();
        summary.setText(preview.problemCount() == 0
                ? getTranslation("series.summary.all", preview.total())
                : getTranslation("series.summary", preview.total(), preview.problemCount()));
        summary.getElement().getClassList().set("has-problems", preview.problemCount() > 0);
        summary.getStyle().set("font-weight", "600").set("color", preview.problemCount() > 0
                ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        grid.setItems(preview.occurrences());
        grid.setVisible(true);
    }

    void clear() {
        summary.setText(getTranslation("series.summary.none"));
        summary.getElement().getClassList().remove("has-problems");
        summary.getStyle().set("font-weight", "400").set("color", "var(--lumo-secondary-text-color)");
        grid.setItems(List.of());
        grid.setVisible(false);
    }

    /** The reason in short words; a conflict on the same day shows only the other booking's times. */
    String reason(OccurrencePreview o) {
        var arguments = o.problemArguments().toArray();
        String day = DATE.format(o.start().atZone(zone)) + " ";
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String text && text.startsWith(day)) {
                arguments[i] = text.substring(day.length());
            }
        }
        String key = "series.reason." + o.problemCode().toLowerCase(Locale.ROOT);
        String text = getTranslation(key, arguments);
        return text.startsWith("!") ? getTranslation(o.translationKey(), o.problemArguments().toArray()) : text;
    }

    private Span status(OccurrencePreview o) {
        var status = new Span(o.ok() ? getTranslation("series.ok") : reason(o));
        status.addClassName(o.ok() ? "series-ok" : "series-problem");
        status.getStyle().set("color", o.ok() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        if (!o.ok()) {
            status.getStyle().set("font-weight", "500");
        }
        if (!o.ok()) {
            status.setTitle(getTranslation(o.translationKey(), o.problemArguments().toArray()));
        }
        return status;
    }

    private String code(OccurrencePreview o) {
        return o.start().atZone(zone).getDayOfWeek().name().substring(0, 2).toLowerCase(Locale.ROOT);
    }
}
