package org.servicecentre.centre.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.servicecentre.centre.CatalogueEntryDraft;
import org.servicecentre.centre.CatalogueEntrySummary;
import org.servicecentre.centre.CatalogueLevel;
import org.servicecentre.centre.CatalogueService;
import org.servicecentre.shared.ui.FormDialog;

/** The dialog to add or edit a sector, category or item; the code is fixed once the entry exists. */
class CatalogueEntryForm extends FormDialog<CatalogueEntryDraft> {

    private static final String CODE_FORMAT = "[A-Za-z0-9_-]+";

    private final CatalogueService catalogue;
    private final TextField code = new TextField(getTranslation("catalogue.code"));
    private final ComboBox<CatalogueEntrySummary> parent = new ComboBox<>();
    private final TextField nameZh = new TextField(getTranslation("catalogue.name.zh"));
    private final TextField nameEn = new TextField(getTranslation("catalogue.name.en"));
    private final IntegerField sortOrder = new IntegerField(getTranslation("catalogue.sort-order"));
    private final TextArea description = new TextArea(getTranslation("catalogue.description"));
    private final Checkbox active = new Checkbox(getTranslation("catalogue.active"));

    CatalogueEntryForm(CatalogueService catalogue, CatalogueLevel level, boolean existing) {
        super(CatalogueEntryDraft.class);
        this.catalogue = catalogue;
        String levelKey = level.name().toLowerCase(Locale.ROOT);
        setHeaderTitle(getTranslation((existing ? "catalogue.edit." : "catalogue.new.") + levelKey));
        setWidth("min(620px, 95vw)");

        code.setMaxLength(32);
        code.setHelperText(getTranslation(existing ? "catalogue.code.fixed" : "catalogue.code.helper." + levelKey));
        code.setReadOnly(existing);
        nameZh.setMaxLength(100);
        nameEn.setMaxLength(100);
        nameEn.setHelperText(getTranslation("catalogue.name.en.helper"));
        sortOrder.setMin(0);
        sortOrder.setMax(99999);
        sortOrder.setStepButtonsVisible(true);
        sortOrder.setHelperText(getTranslation("catalogue.sort-order.helper"));
        description.setMaxLength(500);
        description.setHelperText(getTranslation("catalogue.description.helper"));

        binder().forField(code).asRequired(getTranslation("form.required"))
                .withValidator(c -> c.trim().matches(CODE_FORMAT), getTranslation("form.code.format"))
                .withConverter(c -> c.trim().toUpperCase(Locale.ROOT), c -> c)
                .bind("code");
        form().add(code);
        if (level.parentLevel() != null) {
            configureParent(level.parentLevel());
            form().add(parent);
        }
        binder().forField(nameZh).asRequired(getTranslation("form.required")).bind("nameZh");
        binder().forField(nameEn).bind("nameEn");
        binder().forField(sortOrder).withConverter(v -> v == null ? 0 : v, v -> v).bind("sortOrder");
        form().add(nameZh, nameEn, sortOrder, active);
        if (level == CatalogueLevel.ITEM) {
            binder().forField(description).bind("description");
            form().add(description, 2);
        }
        binder().forField(active).bind("active");
        showErrorOn("DUPLICATE_CODE", code);
        showErrorOn("CATALOGUE_PARENT_REQUIRED", parent);
        showErrorOn("CATALOGUE_PARENT_UNKNOWN", parent);
    }

    private void configureParent(CatalogueLevel parentLevel) {
        parent.setLabel(getTranslation("catalogue.parent." + parentLevel.name().toLowerCase(Locale.ROOT)));
        parent.setItemLabelGenerator(e -> e.fullName(getLocale(), " / "));
        parent.setItems(query -> catalogue.list(parentLevel, null, query.getFilter().orElse(""), false,
                        query.getOffset(), query.getLimit()).stream(),
                query -> (int) catalogue.count(parentLevel, null, query.getFilter().orElse(""), false));
        parent.setWidthFull();
        binder().forField(parent).asRequired(getTranslation("form.required"))
                .withConverter(p -> p == null ? "" : p.code(),
                        c -> c == null || c.isBlank() ? null : catalogue.findByCode(parentLevel, c).orElse(null))
                .bind("parentCode");
    }
}
