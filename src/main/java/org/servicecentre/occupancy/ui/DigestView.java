package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.servicecentre.occupancy.DigestPreview;
import org.servicecentre.security.AccountContact;
import org.servicecentre.security.CurrentUser;

/**
 * This week's digest as the signed-in manager or organisation staff member will receive it, shown as the e-mail
 * itself; administrators choose a centre manager and see theirs.
 */
@Route("digest")
@Menu(order = 8, icon = "vaadin:newspaper", title = "nav.digest")
@RolesAllowed({"ADMIN", "CENTRE_MANAGER", "NGO_STAFF"})
class DigestView extends VerticalLayout implements HasDynamicTitle {

    private final DigestPreview preview;
    private final IFrame mail = new IFrame();

    DigestView(DigestPreview preview, CurrentUser currentUser) {
        this.preview = preview;
        addClassName("digest-view");
        setSizeFull();
        add(new Paragraph(getTranslation("digest.view.intro")));
        mail.addClassName("digest-mail");
        mail.setId("digest-mail");
        mail.setWidthFull();
        mail.getElement().setAttribute("title", getTranslation("digest.view.title"));
        if (currentUser.scope().isAdmin()) {
            var managers = new ComboBox<AccountContact>(getTranslation("digest.view.manager"));
            managers.setId("digest-manager");
            managers.setItems(preview.managers());
            managers.setItemLabelGenerator(AccountContact::displayName);
            managers.setWidth("20em");
            managers.addValueChangeListener(e -> show(e.getValue()));
            add(managers, mail);
            if (!preview.managers().isEmpty()) {
                managers.setValue(preview.managers().getFirst());
            } else {
                mail.setVisible(false);
                add(new Paragraph(getTranslation("digest.view.pick")));
            }
        } else {
            var mine = preview.mine(getLocale());
            if (mine.isPresent()) {
                mail.setSrcdoc(mine.get());
                add(mail);
            } else {
                add(new Paragraph(getTranslation("digest.view.none")));
            }
        }
        setFlexGrow(1, mail);
    }

    private void show(AccountContact manager) {
        mail.setVisible(manager != null);
        if (manager != null) {
            mail.setSrcdoc(preview.ofManager(manager.id(), getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("digest.view.title");
    }
}
