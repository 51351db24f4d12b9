package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.servicecentre.occupancy.ReportSubject;
import org.servicecentre.occupancy.UsageLevel;
import org.servicecentre.occupancy.UsagePeriod;
import org.servicecentre.occupancy.WorkReport;
import org.servicecentre.occupancy.WorkReportFiles;
import org.servicecentre.occupancy.WorkReportFiles.Format;
import org.servicecentre.occupancy.WorkReports;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * Work reports: pick a centre, alliance or region the user may see and a period, generate (off the UI thread, with a
 * progress bar), read the headline figures and highlights on the page and download the PDF, workbook or CSV files.
 * {@code ?centre=12&month=2026-10} (or {@code alliance=}, {@code region=}, {@code from=&to=}) presets the choice, as
 * the monthly report mail links it.
 */
@Route("reports")
@Menu(order = 8.6, icon = "vaadin:file-text-o", title = "nav.reports")
@RolesAllowed({"ADMIN", "REGION_OFFICER", "CENTRE_MANAGER"})
class ReportsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final WorkReports reports;
    private final WorkReportFiles files;
    private final ReportRunner runner;
    private final Clock clock;
    private final ComboBox<ReportSubject> subject = new ComboBox<>();
    private final Select<ReportPeriodChoice> period = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button generate = new Button();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final Div result = new Div();
    private final List<ReportSubject> subjects;

    ReportsView(WorkReports reports, WorkReportFiles files, ReportRunner runner, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.runner = runner;
        this.clock = clock;
        this.subjects = reports.subjects();
        addClassName("reports-view");
        add(new Paragraph(getTranslation("report.view.intro")));

        subject.setId("report-subject");
        subject.setLabel(getTranslation("report.view.subject"));
        subject.setItems(subjects);
        subject.setItemLabelGenerator(s -> files.texts(getLocale()).subject(s));
        subject.setRequiredIndicatorVisible(true);
        subject.setWidth("24em");
        period.setId("report-period");
        period.setLabel(getTranslation("report.view.period"));
        period.setItems(ReportPeriodChoice.values());
        period.setItemLabelGenerator(choice -> getTranslation(choice.key()));
        period.setWidth("12em");
        from.setId("report-from");
        from.setLabel(getTranslation("report.view.from"));
        to.setId("report-to");
        to.setLabel(getTranslation("report.view.to"));
        period.addValueChangeListener(e -> choosePeriod(e.getValue()));
        from.addValueChangeListener(e -> to.setInvalid(false));
        to.addValueChangeListener(e -> to.setInvalid(false));
        subject.addValueChangeListener(e -> subject.setInvalid(false));
        generate.setId("report-generate");
        generate.setText(getTranslation("report.view.generate"));
        generate.setIcon(VaadinIcon.COG_O.create());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> start());
        var form = new HorizontalLayout(subject, period, from, to, generate);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.addClassName("report-form");

        progress.setId("report-progress");
        progress.setWidth("24em");
        status.setId("report-status");
        status.addClassName("report-status");
        var working = new HorizontalLayout(progress, status);
        working.setAlignItems(FlexComponent.Alignment.CENTER);
        working.addClassName("report-working");
        progress.setVisible(false);
        status.setVisible(false);
        result.setId("report-result");
        result.setWidthFull();
        add(form, working, result);
        if (subjects.isEmpty()) {
            form.setEnabled(false);
            result.add(new Paragraph(getTranslation("report.view.no-subjects")));
        } else {
            // a manager's first centre, an officer's region, the whole city for administrators
            boolean regions = subjects.stream().anyMatch(s -> s.subject().level() == UsageLevel.REGION);
            subject.setValue(subjects.stream().filter(s -> regions || s.subject().level() == UsageLevel.CENTRE)
                    .findFirst().orElse(subjects.getFirst()));
            var hint = new Paragraph(getTranslation("report.view.empty"));
            hint.addClassName("report-empty");
            result.add(hint);
        }
        period.setValue(ReportPeriodChoice.LAST_MONTH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        for (var level : List.of(UsageLevel.CENTRE, UsageLevel.ALLIANCE, UsageLevel.REGION)) {
            params.getSingleParameter(level.name().toLowerCase(Locale.ROOT)).ifPresent(id -> subjects.stream()
                    .filter(s -> s.subject().level() == level && Long.toString(s.subject().id()).equals(id))
                    .findFirst().ifPresent(subject::setValue));
        }
        try {
            var month = params.getSingleParameter("month").map(YearMonth::parse);
            var first = params.getSingleParameter("from").map(LocalDate::parse);
            var last = params.getSingleParameter("to").map(LocalDate::parse);
            if (month.isPresent()) {
                first = month.map(m -> m.atDay(1));
                last = month.map(YearMonth::atEndOfMonth);
            }
            if (first.isPresent() && last.isPresent()) {
                period.setValue(ReportPeriodChoice.CUSTOM);
                from.setValue(first.get());
                to.setValue(last.get());
            }
        } catch (DateTimeParseException e) {
            // a mistyped address keeps the usual choice
        }
    }

    private void choosePeriod(ReportPeriodChoice choice) {
        boolean custom = choice == ReportPeriodChoice.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
        if (choice != null && !custom) {
            var chosen = choice.on(today());
            from.setValue(chosen.from());
            to.setValue(chosen.to());
        }
    }

    /** Checks the choice, then compiles and writes the report off the UI thread, showing how far it got. */
    private void start() {
        if (subject.getValue() == null) {
            subject.setErrorMessage(getTranslation("report.view.subject-required"));
            subject.setInvalid(true);
            return;
        }
        if (from.getValue() == null || to.getValue() == null) {
            to.setErrorMessage(getTranslation("report.view.dates-required"));
            to.setInvalid(true);
            return;
        }
        UsagePeriod chosen;
        try {
            chosen = new UsagePeriod(from.getValue(), to.getValue());
        } catch (DomainException e) {
            period.setValue(ReportPeriodChoice.CUSTOM);
            to.setErrorMessage(DomainErrors.message(e));
            to.setInvalid(true);
            return;
        }
        result.getChildren().filter(c -> c.hasClassName("report-empty")).toList().forEach(result::remove);
        var ui = UI.getCurrent();
        var locale = getLocale();
        var what = subject.getValue().subject();
        working(true);
        update(0, "report.progress.usage");
        if (!ui.getPushConfiguration().getPushMode().isEnabled()) {
            ui.setPollInterval(400);
        }
        runner.run(() -> {
            try {
                var report = reports.compile(what, chosen, (done, key) -> ui.access(() -> update(done * 0.8, key)));
                ui.access(() -> update(0.85, "report.progress.rendering"));
                var written = new EnumMap<Format, byte[]>(Format.class);
                for (var format : Format.values()) {
                    written.put(format, files.write(report, format, locale));
                }
                ui.access(() -> show(report, written));
            } catch (RuntimeException e) {
                ui.access(() -> failed(e));
            }
        });
    }

    private void update(double done, String key) {
        progress.setValue(Math.max(0, Math.min(1, done)));
        status.setText(getTranslation(key));
    }

    private void show(WorkReport report, java.util.Map<Format, byte[]> written) {
        working(false);
        result.removeAll();
        result.add(new ReportPreview(report, written, files, files.texts(getLocale())));
        Notifications.success(getTranslation("report.view.ready"));
    }

    private void failed(RuntimeException e) {
        working(false);
        switch (e) {
            case DomainException domain -> Notifications.error(DomainErrors.message(domain));
            case AccessDeniedException denied -> Notifications.error(getTranslation("error.access_denied"));
            default -> {
                org.slf4j.LoggerFactory.getLogger(ReportsView.class).error("Work report failed", e);
                Notifications.error(getTranslation("report.view.failed"));
            }
        }
    }

    private void working(boolean on) {
        progress.setVisible(on);
        status.setVisible(on);
        generate.setEnabled(!on);
        if (!on) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.view.title");
    }
}
