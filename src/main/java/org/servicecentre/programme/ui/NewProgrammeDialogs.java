package org.servicecentre.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.servicecentre.centre.CatalogueService;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.programme.ProgrammeDraft;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.ProgrammeVisibility;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * Opens the dialog that creates a programme with the same form as its page; once created, its page opens, where
 * sessions are added. A refused save keeps the dialog open with what the user typed.
 */
@org.springframework.stereotype.Component
class NewProgrammeDialogs {

    private final ProgrammeService programmes;
    private final CatalogueService catalogue;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;

    NewProgrammeDialogs(ProgrammeService programmes, CatalogueService catalogue, OrganisationService organisations,
                        CurrentUser currentUser) {
        this.programmes = programmes;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    Dialog open(com.vaadin.flow.component.Component context) {
        var form = new ProgrammeForm(catalogue, currentUser.scope().isAdmin() ? organisations : null);
        form.read(new ProgrammeDraft(null, "", null, null, null, null, null, RegistrationMode.PER_SESSION,
                ProgrammeVisibility.PUBLIC, null, null), null);
        var dialog = new Dialog(form);
        dialog.setId("new-programme-dialog");
        dialog.setHeaderTitle(context.getTranslation("programmes.new.title"));
        dialog.setWidth("min(48rem, 96vw)");
        dialog.setCloseOnOutsideClick(false);
        var cancel = new Button(context.getTranslation("form.cancel"), e -> dialog.close());
        cancel.setId("new-programme-cancel");
        var create = new Button(context.getTranslation("programmes.create"), e -> {
            var draft = form.write();
            if (draft == null) {
                return;
            }
            var created = DomainErrors.attempt(() -> programmes.create(draft));
            if (created != null) {
                dialog.close();
                Notifications.success(context.getTranslation("programmes.created", created.title()));
                context.getUI().ifPresent(ui -> ui.navigate("programmes/" + created.id()));
            }
        });
        create.setId("new-programme-save");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, create);
        dialog.open();
        return dialog;
    }
}
