package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.occupancy.AttendanceStatistics;
import org.servicecentre.occupancy.Granularity;
import org.servicecentre.occupancy.UsageLevel;
import org.servicecentre.occupancy.UsagePeriod;
import org.servicecentre.occupancy.UsageStatistics;
import org.servicecentre.occupancy.UsageSubject;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The centres of a region or alliance side by side over a past period: a sortable table of their figures, a ranking
 * chart of the metric chosen, and their utilisation month by month. For administrators and region officers (managers
 * see their alliance's centres in the usage history's table, whose figures they may read).
 */
@Route("occupancy/compare")
@Menu(order = 8.4, icon = "vaadin:scale", title = "nav.compare")
@RolesAllowed({"ADMIN", "REGION_OFFICER"})
class CentreComparisonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UsageStatistics usage;
    private final AttendanceStatistics attendance;
    private final SubjectSource source;
    private final CurrentUser currentUser;
    private final LocalDate yesterday;
    private final UsageTexts texts;
    private final SubjectPicker subjectPicker;
    private final PeriodPicker periodPicker;
    private final Select<ComparisonMetric> metric = new Select<>();
    private final Paragraph refused = new Paragraph();
    private final H2 heading = new H2();
    private final Span periodText = new Span();
    private final Div empty = new Div();
    private final Div content = new Div();
    private final ComparisonGrid grid;
    private final ComparisonChart chart = new ComparisonChart();
    private final MonthlyTable months = new MonthlyTable();
    private List<ComparisonRow> rows = List.of();

    CentreComparisonView(UsageStatistics usage, AttendanceStatistics attendance, SubjectSource source,
                         CurrentUser currentUser, Clock clock) {
        this.usage = usage;
        this.attendance = attendance;
        this.source = source;
        this.currentUser = currentUser;
        this.yesterday = LocalDate.now(clock.withZone(CentreDraft.DEFAULT_ZONE)).minusDays(1);
        this.texts = new UsageTexts(this);
        addClassNames("usage-view", "compare-view");
        setWidthFull();
        subjectPicker = new SubjectPicker(source, List.of(UsageLevel.REGION, UsageLevel.ALLIANCE));
        periodPicker = new PeriodPicker(yesterday, PeriodChoice.LAST_90_DAYS);
        subjectPicker.onChange(choice -> show());
        periodPicker.onChange(period -> show());
        metric.setId("compare-metric");
        metric.setAriaLabel(getTranslation("compare.metric"));
        metric.setItems(ComparisonMetric.values());
        metric.setItemLabelGenerator(m -> getTranslation(m.key()));
        metric.setValue(ComparisonMetric.UTILISATION);
        metric.setWidth("15em");
        metric.addValueChangeListener(e -> rank(e.getValue()));
        var filters = new Div(subjectPicker, periodPicker);
        filters.addClassName("usage-filters");
        refused.setId("compare-refused");
        refused.addClassName("usage-refused");
        refused.setVisible(false);
        heading.setId("compare-heading");
        heading.addClassName("usage-heading");
        periodText.addClassName("usage-heading-period");
        var title = new Div(heading, periodText);
        title.addClassName("usage-title");
        empty.setId("compare-empty");
        empty.addClassName("usage-empty");
        empty.add(new Paragraph(getTranslation("compare.empty")), new Paragraph(getTranslation("usage.empty.hint")));
        grid = new ComparisonGrid(texts);
        var gridPanel = new Div(new H3(getTranslation("compare.table")), grid);
        gridPanel.addClassNames("usage-panel", "usage-section");
        var chartHead = new Div(new H3(getTranslation("compare.ranking")), metric);
        chartHead.addClassName("compare-chart-head");
        var chartPanel = new Div(chartHead, chart);
        chartPanel.addClassName("usage-panel");
        var monthsPanel = new Div(new H3(getTranslation("compare.months")), months);
        monthsPanel.addClassName("usage-panel");
        content.addClassName("usage-content");
        content.add(gridPanel, chartPanel, monthsPanel);
        add(filters, refused, title, empty, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var period = PeriodPicker.parse(UsageLinks.single(parameters.getParameters(), "from"),
                UsageLinks.single(parameters.getParameters(), "to"), yesterday);
        periodPicker.set(period == null ? periodPicker.value() : period);
        var named = UsageLinks.subject(parameters)
                .filter(s -> s.level() == UsageLevel.REGION || s.level() == UsageLevel.ALLIANCE);
        var asked = named.flatMap(this::choiceFor);
        refused.setText(getTranslation("usage.refused"));
        refused.setVisible(UsageLinks.subject(parameters).isPresent() && asked.isEmpty());
        var choice = asked.or(this::defaultChoice);
        if (choice.isEmpty()) {
            heading.setText(getTranslation("usage.nothing"));
            content.setVisible(false);
            empty.setVisible(false);
            return;
        }
        subjectPicker.set(choice.get());
        load();
    }

    private Optional<SubjectChoice> choiceFor(UsageSubject subject) {
        try {
            return Optional.of(new SubjectChoice(subject, usage.name(subject), null));
        } catch (AccessDeniedException | NotFoundException e) {
            return Optional.empty();
        }
    }

    private Optional<SubjectChoice> defaultChoice() {
        var scope = currentUser.scope();
        if (scope.is(Role.REGION_OFFICER) && scope.regionId() != null) {
            return choiceFor(UsageSubject.region(scope.regionId()));
        }
        return source.first(UsageLevel.REGION);
    }

    private void show() {
        var choice = subjectPicker.value();
        if (choice == null || periodPicker.value() == null) {
            return;
        }
        refused.setVisible(false);
        if (choiceFor(choice.subject()).isEmpty()) {
            refused.setText(getTranslation("usage.refused.pick"));
            refused.setVisible(true);
            return;
        }
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(
                UI.getCurrent().getActiveViewLocation().getPath(), UsageLinks.of(choice.subject(), periodPicker.value())));
        load();
    }

    private void load() {
        var subject = subjectPicker.value().subject();
        var period = periodPicker.value();
        heading.setText(getTranslation("compare.heading", usage.name(subject)));
        periodText.setText(texts.period(period));
        rows = usage.breakdown(subject, period).stream()
                .map(row -> new ComparisonRow(row, attendance.people(row.subject(), period),
                        attendance.satisfaction(row.subject(), period)))
                .toList();
        boolean noData = rows.stream().allMatch(r -> r.usage().figures().heldBookings() == 0
                && r.usage().figures().bookedMinutes() == 0 && r.people().attendances() == 0);
        empty.setVisible(noData);
        content.setVisible(!noData);
        if (noData) {
            return;
        }
        grid.show(rows, metric.getValue());
        chart.show(rows, metric.getValue(), texts);
        months.show(usage.breakdownTrend(subject, period, Granularity.MONTH), texts);
    }

    private void rank(ComparisonMetric by) {
        if (by != null && !rows.isEmpty()) {
            grid.rankBy(by);
            chart.show(rows, by, texts);
        }
    }

    /** The centres in the order the table shows them (for tests). */
    List<ComparisonRow> shownRows() {
        return grid.getListDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.title");
    }
}
