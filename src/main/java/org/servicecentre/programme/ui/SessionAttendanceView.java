package org.servicecentre.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Locale;
import org.servicecentre.programme.AttendanceRow;
import org.servicecentre.programme.AttendanceSheet;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.RegistrationImport;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.RegistrationService;
import org.servicecentre.programme.RegistrationStatus;
import org.servicecentre.programme.ResidentService;
import org.servicecentre.programme.SessionStatus;
import org.servicecentre.shared.TranslationProvider;
import org.servicecentre.shared.ui.DomainErrors;

/**
 * A session's attendance list: who registered, who waits (in order), who came; staff of the programme's
 * organisation tick attendance, register residents, import a list and cancel registrations; everyone who may read
 * the programme prints the list. Residents are shown as the service gives them (masked or not).
 */
@Route("programmes/sessions/:id")
@RolesAllowed({"ADMIN", "CENTRE_MANAGER", "NGO_STAFF", "OFFICER"})
class SessionAttendanceView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ProgrammeService programmes;
    private final RegistrationService registrations;
    private final ResidentService residents;
    private final RegistrationImport imports;
    private final TranslationProvider translations;
    private final Clock clock;
    private final Grid<AttendanceRow> grid = new Grid<>(AttendanceRow.class, false);
    private final Div header = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private long sessionId;
    private AttendanceSheet sheet;

    SessionAttendanceView(ProgrammeService programmes, RegistrationService registrations, ResidentService residents, RegistrationImport imports,
                          TranslationProvider translations, Clock clock) {
        this.programmes = programmes;
        this.registrations = registrations;
        this.residents = residents;
        this.imports = imports;
        this.translations = translations;
        this.clock = clock;
        addClassName("attendance-view");
        setSizeFull();
        header.addClassName("attendance-header");
        header.setWidthFull();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.addClassName("attendance-actions");
        configureGrid();
        grid.setAllRowsVisible(true);
        add(header, actions, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        sessionId = id.get();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return sheet == null ? getTranslation("attendance.title")
                : getTranslation("attendance.title.of", sheet.session().programmeTitle());
    }

    private void refresh() {
        sheet = registrations.attendance(sessionId, false);
        showHeader();
        showActions();
        grid.setItems(sheet.rows());
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("attendance-grid");
        grid.addColumn(row -> AttendanceTexts.resident(row, this::getTranslation))
                .setHeader(getTranslation("attendance.column.resident")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> row.residentPhone() == null ? "" : row.residentPhone())
                .setHeader(getTranslation("attendance.column.phone")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("attendance.column.status"))
                .setAutoWidth(true);
        grid.addColumn(row -> AttendanceTexts.source(row, this::getTranslation))
                .setHeader(getTranslation("attendance.column.source")).setAutoWidth(true);
        grid.addComponentColumn(this::attended).setHeader(getTranslation("attendance.column.attended"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::rowActions).setAutoWidth(true).setFlexGrow(0);
        var empty = new Span(getTranslation("attendance.empty"));
        empty.addClassName("attendance-empty");
        grid.setEmptyStateComponent(empty);
    }

    private void showHeader() {
        header.removeAll();
        var session = sheet.session();
        var back = new Anchor("programmes/" + session.programmeId(), getTranslation("attendance.back"));
        back.getElement().setAttribute("router-link", true);
        back.setId("attendance-back");
        back.addClassName("attendance-back");
        var title = new H2(session.programmeTitle());
        title.addClassName("attendance-title");
        title.getStyle().set("margin", "var(--lumo-space-xs) 0 0");
        var facts = new Div(fact(VaadinIcon.CLOCK, AttendanceTexts.when(session, this::getTranslation, locale())),
                fact(VaadinIcon.MAP_MARKER, session.place()));
        facts.addClassName("attendance-facts");
        row(facts, "var(--lumo-space-l)");
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "var(--lumo-space-xs) 0");
        var counts = new Div(badge(AttendanceTexts.places(session, this::getTranslation), ""),
                badge(getTranslation("attendance.count.waitlisted", session.waitlisted()), "muted"),
                badge(getTranslation("attendance.count.attended", session.attended()), "success"));
        if (session.status() == SessionStatus.CANCELLED) {
            counts.addComponentAsFirst(badge(getTranslation("session.status.cancelled"), "error"));
        }
        counts.addClassName("attendance-counts");
        row(counts, "var(--lumo-space-s)");
        counts.getChildren().forEach(badge -> ((Span) badge).getStyle().set("font-size", "var(--lumo-font-size-s)"));
        counts.setId("attendance-counts");
        header.add(back, title, facts, counts);
    }

    private void showActions() {
        actions.removeAll();
        if (sheet.mayMark()) {
            var register = new Button(getTranslation("attendance.register"), VaadinIcon.PLUS.create(),
                    e -> openRegistration());
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.setId("attendance-register");
            var importList = new Button(getTranslation("import.participants.open"), VaadinIcon.UPLOAD.create(),
                    e -> new ParticipantImportDialog(imports, sessionId, this::refresh).open());
            importList.setId("attendance-import");
            actions.add(register, importList);
        }
        actions.add(pdfLink());
    }

    private void openRegistration() {
        boolean whole = programmes.get(sheet.session().programmeId()).mode() == RegistrationMode.WHOLE_PROGRAMME;
        new RegisterResidentDialog(registrations, residents, sheet.session(), whole, this::refresh).open();
    }

    private Anchor pdfLink() {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var pdf = AttendancePdf.print(registrations.attendance(sessionId, true), locale(), translations, clock);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "attendance-" + sessionId + ".pdf",
                    "application/pdf", pdf.length);
        }), AttachmentType.DOWNLOAD, "");
        var button = new Button(getTranslation("attendance.print"), VaadinIcon.PRINT.create());
        button.setTabIndex(-1);
        anchor.add(button);
        anchor.setId("attendance-pdf");
        return anchor;
    }

    private Component status(AttendanceRow row) {
        var theme = row.status() == null ? "" : row.status() == RegistrationStatus.WAITLISTED ? "muted" : "success";
        return badge(AttendanceTexts.status(row, this::getTranslation), theme);
    }

    private Component attended(AttendanceRow row) {
        var box = new Checkbox(row.attended());
        box.setAriaLabel(getTranslation("attendance.column.attended"));
        box.setEnabled(sheet.mayMark() && row.status() != RegistrationStatus.CANCELLED);
        box.addClassName("attendance-tick");
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (DomainErrors.attempt(() -> registrations.markAttended(sessionId, row.residentId(), e.getValue()))) {
                refresh();
            } else {
                box.setValue(e.getOldValue());
            }
        });
        return box;
    }

    private Component rowActions(AttendanceRow row) {
        if (!sheet.mayMark() || row.registrationId() == null) {
            return new Span();
        }
        var cancel = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> new RegistrationCancellation(registrations,
                row.registrationId(), AttendanceTexts.resident(row, this::getTranslation), this::refresh).open());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        cancel.setTooltipText(getTranslation("attendance.cancel"));
        cancel.setAriaLabel(getTranslation("attendance.cancel"));
        cancel.addClassName("attendance-cancel");
        return cancel;
    }

    private static void row(Div line, String gap) {
        line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center").set("gap", gap);
    }

    private static Span fact(VaadinIcon icon, String text) {
        var symbol = icon.create();
        symbol.setSize("var(--lumo-icon-size-s)");
        symbol.getStyle().set("margin-right", "var(--lumo-space-xs)");
        var fact = new Span(symbol, new Span(text));
        fact.getStyle().set("display", "inline-flex").set("align-items", "center");
        fact.addClassName("attendance-fact");
        return fact;
    }

    private static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.addClassName("badge");
        if (!theme.isEmpty()) {
            badge.addClassName(theme);
        }
        return badge;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.SIMPLIFIED_CHINESE : getLocale();
    }
}
