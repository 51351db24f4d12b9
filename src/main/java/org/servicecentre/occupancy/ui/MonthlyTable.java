package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Comparator;
import java.util.List;
import org.servicecentre.occupancy.Granularity;
import org.servicecentre.occupancy.UsageSeries;

/** Each centre's booked utilisation month by month, one column per month. */
class MonthlyTable extends Grid<UsageSeries> {

    MonthlyTable() {
        super(UsageSeries.class, false);
        setId("compare-months");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        setAllRowsVisible(true);
    }

    void show(List<UsageSeries> series, UsageTexts texts) {
        removeAllColumns();
        addColumn(s -> s.row().name()).setHeader(texts.t("compare.centre")).setAutoWidth(true).setFlexGrow(1)
                .setResizable(true)
                .setSortable(true).setComparator(Comparator.comparing((UsageSeries s) -> s.row().name()))
                .setFrozen(true);
        var months = series.isEmpty() ? List.<java.time.LocalDate>of()
                : series.getFirst().points().stream().map(p -> p.start()).toList();
        for (int i = 0; i < months.size(); i++) {
            int index = i;
            addColumn(s -> texts.percent(utilisation(s, index)))
                    .setHeader(texts.bucket(months.get(i), Granularity.MONTH)).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true).setFlexGrow(0).setSortable(true)
                    .setComparator(Comparator.comparing((UsageSeries s) -> utilisation(s, index),
                            Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        setItems(series);
    }

    private static Double utilisation(UsageSeries series, int index) {
        return index < series.points().size() ? series.points().get(index).figures().utilisation() : null;
    }
}
