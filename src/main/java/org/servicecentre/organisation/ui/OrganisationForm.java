package org.servicecentre.organisation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;
import org.servicecentre.centre.RegionSummary;
import org.servicecentre.centre.ui.RegionPicker;
import org.servicecentre.organisation.OrganisationDraft;
import org.servicecentre.organisation.OrganisationKind;
import org.servicecentre.shared.ui.FormDialog;

/** The dialog to create, edit or look at an organisation; its code is fixed once it exists. */
class OrganisationForm extends FormDialog<OrganisationDraft> {

    private static final String CODE_FORMAT = "[A-Za-z0-9_-]+";
    private static final String PHONE_FORMAT = "[0-9+() -]*";

    private final TextField code = new TextField(getTranslation("organisations.code"));
    private final TextField name = new TextField(getTranslation("organisations.name"));
    private final ComboBox<OrganisationKind> kind = new ComboBox<>(getTranslation("organisations.kind"));
    private final RegionPicker region;
    private final TextField address = new TextField(getTranslation("organisations.address"));
    private final TextField phone = new TextField(getTranslation("organisations.phone"));
    private final TextArea description = new TextArea(getTranslation("organisations.description"));
    private final Checkbox active = new Checkbox(getTranslation("organisations.active"));

    OrganisationForm(List<RegionSummary> regions, String titleKey, boolean existing) {
        super(OrganisationDraft.class);
        this.region = new RegionPicker(getTranslation("organisations.region"), regions);
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(680px, 95vw)");

        code.setMaxLength(32);
        code.setHelperText(getTranslation(existing ? "organisations.code.fixed" : "organisations.code.helper"));
        name.setMaxLength(120);
        address.setMaxLength(200);
        phone.setMaxLength(40);
        description.setMaxLength(1000);
        description.setMinRows(3);
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("organisation.kind." + k.name().toLowerCase(Locale.ROOT)));

        binder().forField(code).asRequired(getTranslation("form.required"))
                .withValidator(c -> c.matches(CODE_FORMAT), getTranslation("form.code.format"))
                .bind("code");
        binder().forField(name).asRequired(getTranslation("form.required")).bind("name");
        binder().forField(kind).asRequired(getTranslation("form.required")).bind("kind");
        binder().forField(region).asRequired(getTranslation("form.required"))
                .withConverter(RegionPicker::idOf, region::byId)
                .bind("regionId");
        binder().forField(address).bind("address");
        binder().forField(phone).withValidator(p -> p.matches(PHONE_FORMAT), getTranslation("form.phone.format"))
                .bind("phone");
        binder().forField(description).bind("description");
        binder().forField(active).bind("active");
        showErrorOn("DUPLICATE_CODE", code);

        form().add(code, name, kind, region);
        form().add(address, 2);
        form().add(phone, active);
        form().add(description, 2);
        code.setReadOnly(existing);
    }

    /** Switching off an active organisation stops new bookings and check-ins there: ask first. */
    @Override
    public void edit(OrganisationDraft draft, Consumer<OrganisationDraft> saveAction) {
        boolean wasActive = draft.isActive();
        confirmBeforeSaving(edited -> wasActive && !edited.isActive(), getTranslation("organisations.deactivate.title"),
                getTranslation("organisations.deactivate.text"), getTranslation("organisations.deactivate.confirm"));
        super.edit(draft, saveAction);
    }
}
