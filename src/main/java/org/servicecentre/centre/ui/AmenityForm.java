package org.servicecentre.centre.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.servicecentre.centre.AmenityDraft;
import org.servicecentre.shared.ui.FormDialog;

/** The dialog to create or edit an amenity; its code is fixed once it exists. */
class AmenityForm extends FormDialog<AmenityDraft> {

    private static final String CODE_FORMAT = "[A-Za-z0-9_-]+";

    private final TextField code = new TextField(getTranslation("amenities.code"));
    private final TextField nameZh = new TextField(getTranslation("amenities.name-zh"));
    private final TextField nameEn = new TextField(getTranslation("amenities.name-en"));
    private final IntegerField sortOrder = new IntegerField(getTranslation("amenities.order"));
    private final Checkbox active = new Checkbox(getTranslation("amenities.active"));

    AmenityForm(String titleKey, boolean existing) {
        super(AmenityDraft.class);
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(560px, 95vw)");
        code.setMaxLength(32);
        code.setHelperText(getTranslation(existing ? "amenities.code.fixed" : "amenities.code.helper"));
        code.setReadOnly(existing);
        nameZh.setMaxLength(60);
        nameEn.setMaxLength(60);
        sortOrder.setMin(0);
        sortOrder.setMax(9999);
        sortOrder.setStepButtonsVisible(true);
        sortOrder.setHelperText(getTranslation("amenities.order.helper"));
        active.setTooltipText(getTranslation("amenities.active.helper"));

        binder().forField(code).asRequired(getTranslation("form.required"))
                .withValidator(c -> c.matches(CODE_FORMAT), getTranslation("form.code.format")).bind("code");
        binder().forField(nameZh).asRequired(getTranslation("form.required")).bind("nameZh");
        binder().forField(nameEn).asRequired(getTranslation("form.required")).bind("nameEn");
        binder().forField(sortOrder).asRequired(getTranslation("form.required")).bind("sortOrder");
        binder().forField(active).bind("active");
        showErrorOn("DUPLICATE_CODE", code);

        form().add(code, sortOrder, nameZh, nameEn);
        form().add(active, 2);
    }
}
