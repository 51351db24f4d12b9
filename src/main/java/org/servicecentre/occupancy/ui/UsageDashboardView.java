package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.occupancy.AttendanceStatistics;
import org.servicecentre.occupancy.Granularity;
import org.servicecentre.occupancy.UsageLevel;
import org.servicecentre.occupancy.UsagePeriod;
import org.servicecentre.occupancy.UsageRow;
import org.servicecentre.occupancy.UsageStatistics;
import org.servicecentre.occupancy.UsageSubject;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;

/**
 * How a room, centre, alliance or region was used over a past period (up to yesterday): headline figures against the
 * previous period, the utilisation trend, a weekday × hour heatmap, who came, and the parts side by side. Links preset
 * it with {@code ?centre=12&from=2026-10-01&to=2026-10-31} (see {@link UsageLinks}).
 */
@Route("occupancy")
@Menu(order = 8.2, icon = "vaadin:chart", title = "nav.usage")
@RolesAllowed({"ADMIN", "REGION_OFFICER", "CENTRE_MANAGER"})
class UsageDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UsageStatistics usage;
    private final AttendanceStatistics attendance;
    private final SubjectSource source;
    private final CurrentUser currentUser;
    private final LocalDate yesterday;
    private final UsageTexts texts;
    private final SubjectPicker subjectPicker;
    private final PeriodPicker periodPicker;
    private final Paragraph refused = new Paragraph();
    private final H2 heading = new H2();
    private final Span periodText = new Span();
    private final Div empty = new Div();
    private final Div content = new Div();
    private final KpiCards kpis = new KpiCards();
    private final TrendAndHeatmap charts = new TrendAndHeatmap(granularity -> showTrend());
    private final AttendancePanels panels = new AttendancePanels();
    private final H3 breakdownTitle = new H3();
    private final BreakdownGrid breakdown;

    UsageDashboardView(UsageStatistics usage, AttendanceStatistics attendance, SubjectSource source,
                       CurrentUser currentUser, Clock clock) {
        this.usage = usage;
        this.attendance = attendance;
        this.source = source;
        this.currentUser = currentUser;
        this.yesterday = LocalDate.now(clock.withZone(CentreDraft.DEFAULT_ZONE)).minusDays(1);
        this.texts = new UsageTexts(this);
        addClassName("usage-view");
        setWidthFull();
        subjectPicker = new SubjectPicker(source, levels(currentUser));
        periodPicker = new PeriodPicker(yesterday, PeriodChoice.LAST_30_DAYS);
        subjectPicker.onChange(choice -> show(choice, periodPicker.value()));
        periodPicker.onChange(period -> show(subjectPicker.value(), period));
        var filters = new Div(subjectPicker, periodPicker);
        filters.addClassName("usage-filters");
        refused.setId("usage-refused");
        refused.addClassName("usage-refused");
        refused.setVisible(false);
        heading.setId("usage-heading");
        heading.addClassName("usage-heading");
        periodText.addClassName("usage-heading-period");
        var title = new Div(heading, periodText);
        title.addClassName("usage-title");
        empty.setId("usage-empty");
        empty.addClassName("usage-empty");
        empty.add(new Paragraph(getTranslation("usage.empty")), new Paragraph(getTranslation("usage.empty.hint")));
        breakdown = new BreakdownGrid(texts, this::open);
        var breakdownPanel = new Div(breakdownTitle, breakdown);
        breakdownPanel.setId("usage-breakdown-panel");
        breakdownPanel.addClassNames("usage-panel", "usage-section");
        content.addClassName("usage-content");
        content.add(kpis, charts, panels, breakdownPanel);
        add(filters, refused, title, empty, content);
    }

    static List<UsageLevel> levels(CurrentUser currentUser) {
        return currentUser.scope().is(Role.CENTRE_MANAGER)
                ? List.of(UsageLevel.CENTRE, UsageLevel.ROOM, UsageLevel.ALLIANCE)
                : List.of(UsageLevel.REGION, UsageLevel.ALLIANCE, UsageLevel.CENTRE, UsageLevel.ROOM);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var period = PeriodPicker.parse(UsageLinks.single(parameters.getParameters(), "from"),
                UsageLinks.single(parameters.getParameters(), "to"), yesterday);
        periodPicker.set(period == null ? periodPicker.value() : period);
        refused.setVisible(false);
        var asked = UsageLinks.subject(parameters).flatMap(this::choiceFor);
        if (UsageLinks.subject(parameters).isPresent() && asked.isEmpty()) {
            refused.setText(getTranslation("usage.refused"));
            refused.setVisible(true);
        }
        var choice = asked.or(this::defaultChoice);
        if (choice.isEmpty()) {
            heading.setText(getTranslation("usage.nothing"));
            content.setVisible(false);
            empty.setVisible(false);
            return;
        }
        subjectPicker.set(choice.get());
        charts.setGranularity(TrendAndHeatmap.defaultFor(periodPicker.value()));
        load();
    }

    /** The subject with its name, if the caller may read it (a link to someone else's centre is refused). */
    private java.util.Optional<SubjectChoice> choiceFor(UsageSubject subject) {
        try {
            return java.util.Optional.of(new SubjectChoice(subject, usage.name(subject), null));
        } catch (org.springframework.security.access.AccessDeniedException
                 | org.servicecentre.shared.NotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    /** Officers start at their region, managers at their first centre, administrators at the top region. */
    private java.util.Optional<SubjectChoice> defaultChoice() {
        var scope = currentUser.scope();
        if (scope.is(Role.REGION_OFFICER) && scope.regionId() != null) {
            return choiceFor(UsageSubject.region(scope.regionId()));
        }
        return source.first(scope.is(Role.CENTRE_MANAGER) ? UsageLevel.CENTRE : UsageLevel.REGION);
    }

    private void show(SubjectChoice choice, UsagePeriod period) {
        if (choice == null || period == null) {
            return;
        }
        refused.setVisible(false);
        if (choiceFor(choice.subject()).isEmpty()) {
            refused.setText(getTranslation("usage.refused.pick"));
            refused.setVisible(true);
            return;
        }
        if (period.days() > 120 != (charts.granularity() == Granularity.MONTH)) {
            charts.setGranularity(TrendAndHeatmap.defaultFor(period));
        }
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location(UI.getCurrent().getActiveViewLocation().getPath(), UsageLinks.of(choice.subject(), period)));
        load();
    }

    private void load() {
        var subject = subjectPicker.value().subject();
        var period = periodPicker.value();
        heading.setText(usage.name(subject));
        periodText.setText(texts.period(period));
        var now = figures(subject, period);
        boolean noData = now.usage().heldBookings() == 0 && now.usage().bookedMinutes() == 0
                && now.usage().cancelledBookings() == 0 && now.people().attendances() == 0
                && now.people().walkIns() == 0;
        empty.setVisible(noData);
        content.setVisible(!noData);
        if (noData) {
            return;
        }
        kpis.show(now, figures(subject, period.previous()), texts);
        showTrend();
        charts.showHeatmap(usage.heatmap(subject, period), texts);
        panels.show(new AttendancePanels.Shares(attendance.byTargetGroup(subject, period),
                attendance.byCategory(subject, period), attendance.byOrganisation(subject, period),
                attendance.byProgramme(subject, period)), texts);
        boolean parts = subject.level() != UsageLevel.ROOM;
        breakdown.getParent().ifPresent(panel -> panel.setVisible(parts));
        if (parts) {
            boolean centres = subject.level() != UsageLevel.CENTRE;
            breakdownTitle.setText(getTranslation(centres ? "usage.breakdown.centres" : "usage.breakdown.rooms"));
            breakdown.show(usage.breakdown(subject, period), centres);
        }
    }

    private KpiCards.Figures figures(UsageSubject subject, UsagePeriod period) {
        return new KpiCards.Figures(usage.figures(subject, period), attendance.people(subject, period),
                attendance.satisfaction(subject, period));
    }

    private void showTrend() {
        var choice = subjectPicker.value();
        if (choice != null && charts.granularity() != null) {
            var period = periodPicker.value();
            charts.showTrend(usage.trend(choice.subject(), period, charts.granularity()), period, texts);
        }
    }

    /** Opens a part (a centre of the region, a room of the centre) for the same period. */
    private void open(UsageRow row) {
        UI.getCurrent().navigate("occupancy", UsageLinks.of(row.subject(), periodPicker.value()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("usage.title");
    }
}
