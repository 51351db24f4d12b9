package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.TextRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.servicecentre.occupancy.UsageFigures;
import org.servicecentre.occupancy.UsageRow;

/** The parts of a subject (rooms of a centre, centres of a region or alliance) with their figures, sortable. */
class BreakdownGrid extends Grid<UsageRow> {

    BreakdownGrid(UsageTexts texts, Consumer<UsageRow> open) {
        super(UsageRow.class, false);
        setId("usage-breakdown");
        addClassName("usage-breakdown");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(UsageRow::name).setHeader(texts.t("usage.breakdown.name")).setKey("name").setSortable(true)
                .setComparator(Comparator.comparing(UsageRow::name)).setFlexGrow(3).setResizable(true);
        addColumn(UsageRow::parentName).setHeader(texts.t("usage.breakdown.parent")).setKey("parent")
                .setSortable(true).setFlexGrow(2);
        share(texts, "utilisation", "usage.breakdown.utilisation", UsageFigures::utilisation);
        share(texts, "attended", "usage.breakdown.attended", UsageFigures::attendedUtilisation);
        count(texts, "held", "usage.breakdown.held", f -> (long) f.heldBookings());
        share(texts, "noshow", "usage.breakdown.noshow", UsageFigures::noShowRate);
        share(texts, "release", "usage.breakdown.release", UsageFigures::releaseRate);
        count(texts, "booked", "usage.breakdown.booked", UsageFigures::bookedMinutes)
                .setRenderer(new TextRenderer<>(r -> texts.hours(r.figures().bookedMinutes())));
        addItemClickListener(e -> open.accept(e.getItem()));
    }

    void show(List<UsageRow> rows, boolean centres) {
        getColumnByKey("parent").setVisible(centres);
        setItems(rows);
        sort(List.of(new GridSortOrder<>(getColumnByKey("utilisation"), SortDirection.DESCENDING)));
    }

    private Column<UsageRow> share(UsageTexts texts, String key, String header, ValueProvider<UsageFigures, Double> value) {
        return addColumn(r -> texts.percent(value.apply(r.figures()))).setHeader(texts.t(header)).setKey(key)
                .setSortable(true).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(Comparator.comparing(r -> value.apply(r.figures()),
                        Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    private Column<UsageRow> count(UsageTexts texts, String key, String header, ValueProvider<UsageFigures, Long> value) {
        return addColumn(r -> texts.number(value.apply(r.figures()))).setHeader(texts.t(header)).setKey(key)
                .setSortable(true).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(Comparator.comparing(r -> value.apply(r.figures())));
    }
}
