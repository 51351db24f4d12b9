package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.Comparator;
import java.util.List;

/** The centres side by side, one column per metric, sortable by any of them. */
class ComparisonGrid extends Grid<ComparisonRow> {

    ComparisonGrid(UsageTexts texts) {
        super(ComparisonRow.class, false);
        setId("compare-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(ComparisonRow::name).setHeader(texts.t("compare.centre")).setKey("name").setSortable(true)
                .setComparator(Comparator.comparing(ComparisonRow::name)).setAutoWidth(true).setFlexGrow(1)
                .setResizable(true);
        addColumn(r -> r.usage().parentName()).setHeader(texts.t("compare.region")).setKey("region")
                .setSortable(true).setComparator(Comparator.comparing((ComparisonRow r) -> r.usage().parentName(),
                        Comparator.nullsFirst(Comparator.naturalOrder()))).setAutoWidth(true).setFlexGrow(1);
        addColumn(r -> texts.number(r.usage().rooms())).setHeader(texts.t("compare.rooms")).setKey("rooms")
                .setSortable(true).setComparator(Comparator.comparingInt((ComparisonRow r) -> r.usage().rooms()))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        for (var metric : ComparisonMetric.values()) {
            addColumn(r -> metric.format(r, texts)).setHeader(texts.t(metric.key() + ".short"))
                    .setKey(metric.name()).setSortable(true).setComparator(comparator(metric))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        }
    }

    /** Shows the rows ranked by the metric, best first. */
    void show(List<ComparisonRow> rows, ComparisonMetric metric) {
        setItems(rows);
        rankBy(metric);
    }

    void rankBy(ComparisonMetric metric) {
        sort(List.of(new GridSortOrder<>(getColumnByKey(metric.name()),
                metric.higherIsBetter() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
    }

    /** Rows in the order shown (for tests and the chart). */
    static List<ComparisonRow> ranked(List<ComparisonRow> rows, ComparisonMetric metric) {
        var order = comparator(metric);
        return rows.stream().sorted(metric.higherIsBetter() ? order.reversed() : order).toList();
    }

    /** Missing figures always sort as the lowest. */
    static Comparator<ComparisonRow> comparator(ComparisonMetric metric) {
        return Comparator.comparing(metric::value, Comparator.nullsFirst(Comparator.<Double>naturalOrder()))
                .thenComparing(r -> r.usage().name());
    }
}
