package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Comparator;
import java.util.List;
import org.servicecentre.occupancy.AttendanceShare;
import org.servicecentre.shared.ui.charts.EChart;

/** Who came: attendance by target group and service category (bars), by organisation and programme (tables). */
class AttendancePanels extends Div {

    private static final int TOP = 8;
    private static final int TABLE_ROWS = 10;

    /** The four breakdowns of one period. */
    record Shares(List<AttendanceShare> targetGroups, List<AttendanceShare> categories,
                  List<AttendanceShare> organisations, List<AttendanceShare> programmes) {
    }

    AttendancePanels() {
        addClassName("usage-panels");
        setId("usage-attendance");
    }

    void show(Shares shares, UsageTexts texts) {
        removeAll();
        add(chartPanel("usage-by-target-group", texts.t("usage.by.targetGroup"), shares.targetGroups(), texts));
        add(chartPanel("usage-by-category", texts.t("usage.by.category"), shares.categories(), texts));
        add(tablePanel("usage-by-organisation", texts.t("usage.by.organisation"), shares.organisations(), texts));
        add(tablePanel("usage-by-programme", texts.t("usage.by.programme"), shares.programmes(), texts));
    }

    private static Div chartPanel(String id, String title, List<AttendanceShare> shares, UsageTexts texts) {
        var panel = panel(id, title);
        if (shares.stream().noneMatch(s -> s.attendances() > 0)) {
            panel.add(empty(texts));
            return panel;
        }
        var chart = new EChart(UsageCharts.shares(shares, TOP, texts));
        chart.setAccessibleName(title);
        chart.setHeight(Math.max(120, 36 * Math.min(TOP, shares.size()) + 24) + "px");
        chart.setSummary(new Paragraph(summary(shares, texts)));
        panel.add(chart);
        return panel;
    }

    private static Div tablePanel(String id, String title, List<AttendanceShare> shares, UsageTexts texts) {
        var panel = panel(id, title);
        if (shares.isEmpty()) {
            panel.add(empty(texts));
            return panel;
        }
        var grid = new Grid<AttendanceShare>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(AttendanceShare::name).setHeader(texts.t("usage.share.name")).setFlexGrow(3)
                .setSortable(true).setComparator(Comparator.comparing(AttendanceShare::name));
        grid.addColumn(s -> texts.number(s.sessions())).setHeader(texts.t("usage.share.sessions"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setComparator(Comparator.comparingInt(AttendanceShare::sessions));
        grid.addColumn(s -> texts.number(s.registrations())).setHeader(texts.t("usage.share.registrations"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setComparator(Comparator.comparingInt(AttendanceShare::registrations));
        grid.addColumn(s -> texts.number(s.attendances())).setHeader(texts.t("usage.share.attendances"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setComparator(Comparator.comparingInt(AttendanceShare::attendances));
        grid.setItems(shares.stream().sorted(Comparator.comparingInt(AttendanceShare::attendances).reversed())
                .limit(TABLE_ROWS).toList());
        grid.setAllRowsVisible(true);
        panel.add(grid);
        return panel;
    }

    private static Div panel(String id, String title) {
        var panel = new Div(new H3(title));
        panel.setId(id);
        panel.addClassName("usage-panel");
        return panel;
    }

    private static Component empty(UsageTexts texts) {
        var text = new Paragraph(texts.t("usage.by.empty"));
        text.addClassName("usage-panel-empty");
        return text;
    }

    private static String summary(List<AttendanceShare> shares, UsageTexts texts) {
        return String.join(texts.t("usage.list.separator"), shares.stream()
                .map(s -> texts.t("usage.share.summary", s.name(), texts.number(s.attendances()))).toList());
    }
}
