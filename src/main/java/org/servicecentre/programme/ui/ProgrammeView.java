package org.servicecentre.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import org.servicecentre.centre.CatalogueService;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.ProgrammeSummary;
import org.servicecentre.programme.ProgrammeVisibility;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.ui.Clipboard;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * The page of one programme: who runs it and for whom, its public link, its editor (read-only for those who may
 * only look) and its sessions. Archiving hides it from new sign-ups and asks first.
 */
@Route("programmes/:programmeId(\\d+)")
@RolesAllowed({"ADMIN", "REGION_OFFICER", "CENTRE_MANAGER", "NGO_STAFF"})
class ProgrammeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgrammeService programmes;
    private final CatalogueService catalogue;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final SessionsPanels sessionsPanels;
    private String title = "";

    ProgrammeView(ProgrammeService programmes, CatalogueService catalogue, OrganisationService organisations,
                  CurrentUser currentUser, SessionsPanels sessionsPanels) {
        this.programmes = programmes;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.sessionsPanels = sessionsPanels;
        addClassName("programme-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("programmeId").orElse(""));
            show(programmes.get(id));
        } catch (NumberFormatException | NotFoundException | AccessDeniedException e) {
            event.forwardTo(ProgrammesView.class);
        }
    }

    private void show(ProgrammeSummary programme) {
        title = programme.title();
        removeAll();
        var back = new RouterLink(getTranslation("programmes.back"), ProgrammesView.class);
        back.addClassName("programme-back");
        add(back, header(programme), publicLink(programme), editor(programme),
                sessionsPanels.create(programme));
    }

    private Component header(ProgrammeSummary programme) {
        var name = new H2(programme.title());
        name.addClassName("programme-title");
        var organisation = new Span(programme.organisationName());
        organisation.addClassName("programme-organisation");
        var badges = new Div(organisation);
        badges.addClassName("programme-badges");
        badges.add(ProgrammeTexts.badge(ProgrammeTexts.of(this, programme.mode())));
        badges.add(ProgrammeTexts.badge(ProgrammeTexts.of(this, programme.visibility()),
                "visibility-" + programme.visibility().name().toLowerCase(java.util.Locale.ROOT)));
        if (programme.archived()) {
            badges.add(ProgrammeTexts.badge(getTranslation("programmes.archived"), "muted"));
        }
        var header = new Div(name, badges, ProgrammeTexts.groups(this, programme.targetGroups()));
        header.addClassName("programme-header");
        return header;
    }

    private Component publicLink(ProgrammeSummary programme) {
        var url = origin() + "/p/" + programme.publicCode();
        var link = new TextField(getTranslation("programmes.link"));
        link.setId("programme-link");
        link.setValue(url);
        link.setReadOnly(true);
        link.setWidth("26rem");
        link.setMaxWidth("100%");
        var copy = new Button(getTranslation("programmes.link.copy"), VaadinIcon.COPY_O.create(),
                e -> Clipboard.copy(link, url, getTranslation("programmes.link.copied"),
                        getTranslation("programmes.link.failed")));
        copy.setId("programme-link-copy");
        var row = new HorizontalLayout(link, copy);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        row.setWrap(true);
        var section = new Div(row);
        section.addClassName("programme-link");
        if (programme.visibility() == ProgrammeVisibility.INVITATION) {
            var note = new Paragraph(VaadinIcon.LOCK.create(), new Span(getTranslation("programmes.link.invitation")));
            note.addClassName("booking-hint");
            note.setId("programme-invitation-note");
            section.add(note);
        }
        return section;
    }

    private Component editor(ProgrammeSummary programme) {
        boolean editable = programme.mayEdit() && !programme.archived();
        boolean admin = currentUser.scope().isAdmin();
        var form = new ProgrammeForm(catalogue, admin ? organisations : null);
        form.read(programme.toDraft(), admin ? organisations.get(programme.organisationId()) : null);
        form.setReadOnly(!editable);
        var heading = new H3(getTranslation("programmes.details"));
        var section = new Div(heading, form);
        section.addClassName("programme-editor");
        section.setId("programme-editor");
        if (!programme.mayEdit()) {
            return section;
        }
        var actions = new HorizontalLayout();
        actions.addClassName("programme-actions");
        if (editable) {
            var save = new Button(getTranslation("form.save"), e -> save(programme, form));
            save.setId("programme-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(save);
        }
        var archive = new Button(getTranslation(programme.archived() ? "programmes.restore" : "programmes.archive"),
                e -> archive(programme));
        archive.setId("programme-archive");
        if (!programme.archived()) {
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        }
        actions.add(archive);
        section.add(actions);
        return section;
    }

    private void save(ProgrammeSummary programme, ProgrammeForm form) {
        var draft = form.write();
        if (draft == null) {
            return;
        }
        var saved = DomainErrors.attempt(() -> programmes.update(programme.id(), draft));
        if (saved != null) {
            Notifications.success(getTranslation("programmes.saved"));
            show(saved);
        }
    }

    private void archive(ProgrammeSummary programme) {
        if (programme.archived()) {
            var restored = DomainErrors.attempt(() -> programmes.archive(programme.id(), false));
            if (restored != null) {
                show(restored);
            }
            return;
        }
        Confirmations.destructive(getTranslation("programmes.archive.header"),
                getTranslation("programmes.archive.text", programme.title()), getTranslation("programmes.archive"),
                () -> {
                    var archived = DomainErrors.attempt(() -> programmes.archive(programme.id(), true));
                    if (archived != null) {
                        show(archived);
                    }
                });
    }

    private static String origin() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        var port = http.getServerPort();
        var standard = port == 80 && "http".equals(http.getScheme()) || port == 443 && "https".equals(http.getScheme());
        return http.getScheme() + "://" + http.getServerName() + (standard ? "" : ":" + port) + http.getContextPath();
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.programmes") : title;
    }
}
