package org.servicecentre.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.servicecentre.notification.JobStatus;
import org.servicecentre.notification.ScheduledJobs;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * The administrators' list of scheduled jobs (Quartz, clustered): what each does, how its last run went on which
 * node, when it runs next; a job can be run now, besides its schedule.
 */
@Route("admin/jobs")
@Menu(order = 44, icon = "vaadin:clock", title = "nav.jobs")
@RolesAllowed("ADMIN")
class JobsView extends VerticalLayout implements HasDynamicTitle {

    private final ScheduledJobs jobs;
    private final Clock clock;
    private final Grid<JobStatus> grid = new Grid<>();

    JobsView(ScheduledJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
        addClassNames("list-view", "jobs-view");
        setSizeFull();
        var intro = new Paragraph(getTranslation("jobs.intro"));
        intro.addClassName("jobs-intro");
        var reload = new Button(getTranslation("jobs.reload"), VaadinIcon.REFRESH.create(), e -> refresh());
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reload.setId("jobs-reload");
        var header = new Div(intro, reload);
        header.addClassName("jobs-header");
        configureGrid();
        add(header, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("jobs-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addComponentColumn(this::job).setHeader(getTranslation("jobs.column.job")).setKey("job")
                .setWidth("14rem").setFlexGrow(2);
        grid.addComponentColumn(this::lastRun).setHeader(getTranslation("jobs.column.lastRun")).setKey("lastRun")
                .setWidth("11rem").setFlexGrow(0);
        grid.addColumn(j -> j.lastNode() == null ? "" : j.lastNode()).setHeader(getTranslation("jobs.column.node"))
                .setKey("node").setAutoWidth(true).setFlexGrow(0).setTooltipGenerator(JobStatus::lastNode);
        grid.addComponentColumn(this::outcome).setHeader(getTranslation("jobs.column.outcome")).setKey("outcome")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(j -> j.lastMessage() == null ? "" : j.lastMessage())
                .setHeader(getTranslation("jobs.column.result")).setKey("result").setWidth("10rem").setFlexGrow(2)
                .setTooltipGenerator(JobStatus::lastMessage);
        grid.addComponentColumn(this::nextRun).setHeader(getTranslation("jobs.column.nextRun")).setKey("nextRun")
                .setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(this::runButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("jobs.empty"));
    }

    private Component job(JobStatus job) {
        var name = new Span(name(job));
        name.addClassName("jobs-name");
        var key = new Span(job.group() + "." + job.name());
        key.addClassName("jobs-key");
        var description = new Span(description(job));
        description.addClassName("jobs-description");
        var cell = new Div(name, description, key);
        cell.addClassName("jobs-job");
        return cell;
    }

    /** A job's name from the bundles ({@code jobs.job.<group>.<name>}), or its Quartz name when none is there. */
    private String name(JobStatus job) {
        String text = getTranslation("jobs.job." + job.group() + "." + job.name());
        return text.startsWith("!") ? job.name() : text;
    }

    private String description(JobStatus job) {
        String text = getTranslation("jobs.job." + job.group() + "." + job.name() + ".description");
        return text.startsWith("!") ? (job.description() == null ? "" : job.description()) : text;
    }

    private Component lastRun(JobStatus job) {
        if (job.lastStarted() == null) {
            var never = new Span(getTranslation("jobs.never"));
            never.addClassName("jobs-muted");
            return never;
        }
        var started = new Span(Ago.precise(job.lastStarted()));
        var took = new Span(job.lastFinished() == null ? getTranslation("jobs.stillRunning")
                : getTranslation("jobs.took", seconds(Duration.between(job.lastStarted(), job.lastFinished()))));
        took.addClassName("jobs-muted");
        var cell = new Div(started, took);
        cell.addClassName("jobs-stack");
        return cell;
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    private Component outcome(JobStatus job) {
        String outcome = job.lastOutcome() == null ? "never" : job.lastOutcome().toLowerCase(Locale.ROOT);
        var badge = new Span(getTranslation("jobs.outcome." + outcome));
        badge.addClassNames("badge", "job-" + outcome);
        return badge;
    }

    private Component nextRun(JobStatus job) {
        if (job.paused()) {
            var paused = new Span(getTranslation("jobs.paused"));
            paused.addClassNames("badge", "muted");
            return paused;
        }
        if (job.nextRun() == null) {
            var none = new Span(getTranslation("jobs.notScheduled"));
            none.addClassName("jobs-muted");
            return none;
        }
        var at = new Span(Ago.precise(job.nextRun()));
        var in = new Span(until(Duration.between(clock.instant(), job.nextRun())));
        in.addClassName("jobs-muted");
        var cell = new Div(at, in);
        cell.addClassName("jobs-stack");
        return cell;
    }

    private String until(Duration wait) {
        long seconds = Math.max(0, wait.toSeconds());
        if (seconds < 1) {
            return getTranslation("jobs.in.now");
        }
        if (seconds < 90) {
            return getTranslation("jobs.in.seconds", seconds);
        }
        if (seconds < 90 * 60) {
            return getTranslation("jobs.in.minutes", Math.round(seconds / 60.0));
        }
        if (seconds < 48 * 3600) {
            return getTranslation("jobs.in.hours", Math.round(seconds / 3600.0));
        }
        return getTranslation("jobs.in.days", Math.round(seconds / 86400.0));
    }

    private Component runButton(JobStatus job) {
        var run = new Button(getTranslation("jobs.runNow"), VaadinIcon.PLAY.create(), e -> confirmRun(job));
        run.addThemeVariants(ButtonVariant.LUMO_SMALL);
        run.setId("run-" + job.group() + "-" + job.name());
        return run;
    }

    private void confirmRun(JobStatus job) {
        var dialog = Confirmations.destructive(getTranslation("jobs.confirm.title", name(job)),
                getTranslation("jobs.confirm.text"), getTranslation("jobs.runNow"), () -> {
                    if (DomainErrors.attempt(() -> jobs.runNow(job.group(), job.name()))) {
                        Notifications.success(getTranslation("jobs.started", name(job)));
                        refresh();
                    }
                });
        dialog.setConfirmButtonTheme("primary");
        dialog.setId("confirm-run");
    }

    private void refresh() {
        grid.setItems(jobs.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jobs.title");
    }
}
