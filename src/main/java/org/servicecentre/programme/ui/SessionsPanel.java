package org.servicecentre.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Function;
import org.servicecentre.programme.ProgrammeSummary;
import org.servicecentre.programme.SessionService;
import org.servicecentre.programme.SessionStatus;
import org.servicecentre.programme.SessionSummary;

/**
 * The sessions of a programme, earliest first: when (in the session's zone), where, whether it takes place, and its
 * places; each opens its attendance list, and those who run the programme add sessions and cancel scheduled ones.
 */
class SessionsPanel extends Div {

    private final SessionService sessions;
    private final ProgrammeSummary programme;
    private final Clock clock;
    private final boolean editable;
    private final Grid<SessionSummary> grid = new Grid<>(SessionSummary.class, false);

    SessionsPanel(SessionService sessions, ProgrammeSummary programme, Clock clock,
                  Function<Runnable, AddSessionsDialog> addDialog) {
        this.sessions = sessions;
        this.programme = programme;
        this.clock = clock;
        this.editable = programme.mayEdit() && !programme.archived();
        addClassName("programme-sessions");
        setId("programme-sessions");
        var heading = new H3(getTranslation("programmes.sessions"));
        var header = new HorizontalLayout(heading);
        header.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(heading);
        if (editable) {
            var add = new Button(getTranslation("programmes.sessions.add"), VaadinIcon.PLUS.create(),
                    e -> addDialog.apply(this::refresh).open());
            add.setId("add-sessions");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }
        columns();
        grid.setEmptyStateComponent(emptyState());
        grid.setAllRowsVisible(true);
        add(header, grid);
        refresh();
    }

    private void columns() {
        grid.addColumn(s -> ProgrammeTexts.when(this, s.start(), s.end(), s.zone()))
                .setHeader(getTranslation("programmes.session.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SessionSummary::place).setHeader(getTranslation("programmes.session.place")).setFlexGrow(2);
        grid.addComponentColumn(this::status).setHeader(getTranslation("programmes.session.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.capacity() == null ? getTranslation("programmes.session.dropIn")
                        : getTranslation("programmes.session.places", s.registered(), s.capacity()))
                .setHeader(getTranslation("programmes.session.registered")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SessionSummary::waitlisted).setHeader(getTranslation("programmes.session.waitlisted"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SessionSummary::attended).setHeader(getTranslation("programmes.session.attended"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("sessions-grid");
    }

    private Component status(SessionSummary session) {
        var badge = ProgrammeTexts.badge(ProgrammeTexts.of(this, session.status()),
                "status-" + session.status().name().toLowerCase(Locale.ROOT));
        if (session.status() == SessionStatus.SCHEDULED && session.end().isBefore(clock.instant())) {
            badge.setText(getTranslation("programmes.session.past"));
            badge.addClassName("muted");
        } else if (session.status() == SessionStatus.SCHEDULED) {
            badge.addClassName("status-confirmed");
        }
        if (session.cancelReason() != null) {
            badge.setTitle(session.cancelReason());
        }
        return badge;
    }

    private Component actions(SessionSummary session) {
        var cell = new HorizontalLayout();
        cell.setSpacing(false);
        var list = new Button(getTranslation("programmes.session.attendance.list"), VaadinIcon.CLIPBOARD_USER.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("programmes/sessions/" + session.id())));
        list.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        list.setId("session-attendance-" + session.id());
        cell.add(list);
        if (editable && session.status() == SessionStatus.SCHEDULED && session.end().isAfter(clock.instant())) {
            var cancel = new Button(getTranslation("programmes.session.cancel"), e -> new CancelSessionDialog(
                    session, reason -> sessions.cancel(session.id(), reason), this::refresh).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            cancel.setId("session-cancel-" + session.id());
            cell.add(cancel);
        }
        return cell;
    }

    private Component emptyState() {
        var text = new Paragraph(getTranslation(editable ? "programmes.sessions.empty" : "programmes.sessions.empty.reader"));
        var empty = new Div(VaadinIcon.CALENDAR_O.create(), text);
        empty.addClassName("bookings-empty");
        return empty;
    }

    void refresh() {
        grid.setItems(sessions.list(programme.id()));
    }
}
