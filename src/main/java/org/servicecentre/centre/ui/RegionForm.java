package org.servicecentre.centre.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.servicecentre.centre.RegionDraft;
import org.servicecentre.centre.RegionLevel;
import org.servicecentre.centre.RegionSummary;
import org.servicecentre.shared.ui.FormDialog;

/** The dialog to create a region or rename one; code, level and parent are fixed once the region exists. */
class RegionForm extends FormDialog<RegionDraft> {

    private static final String CODE_FORMAT = "[A-Za-z0-9_-]+";

    private final TextField code = new TextField(getTranslation("regions.code"));
    private final TextField name = new TextField(getTranslation("regions.name"));
    private final ComboBox<RegionLevel> level = new ComboBox<>(getTranslation("regions.level"));
    private final RegionPicker parent;

    RegionForm(List<RegionSummary> regions, boolean existing) {
        super(RegionDraft.class);
        this.parent = new RegionPicker(getTranslation("regions.parent"), regions);
        setHeaderTitle(getTranslation(existing ? "regions.edit" : "regions.new"));
        setWidth("min(560px, 95vw)");

        code.setMaxLength(32);
        code.setHelperText(getTranslation(existing ? "regions.code.fixed" : "regions.code.helper"));
        name.setMaxLength(100);
        level.setItems(RegionLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("region.level." + l.name().toLowerCase(Locale.ROOT)));
        level.addValueChangeListener(e -> levelChanged());

        binder().forField(code).asRequired(getTranslation("form.required"))
                .withValidator(c -> c.matches(CODE_FORMAT), getTranslation("form.code.format"))
                .bind("code");
        binder().forField(name).asRequired(getTranslation("form.required")).bind("name");
        binder().forField(level).asRequired(getTranslation("form.required")).bind("level");
        binder().forField(parent)
                .withValidator(p -> parentLevel() == null || p != null, getTranslation("form.required"))
                .withConverter(RegionPicker::idOf, parent::byId)
                .bind("parentId");
        showErrorOn("DUPLICATE_CODE", code);
        showErrorOn("REGION_PARENT_REQUIRED", parent);
        showErrorOn("REGION_PARENT_LEVEL", parent);

        form().add(code, name, level, parent);
        if (existing) {
            code.setReadOnly(true);
            level.setReadOnly(true);
            parent.setReadOnly(true);
            var hint = new Paragraph(getTranslation("regions.edit.hint"));
            hint.addClassName("form-hint");
            form().add(hint, 2);
        }
    }

    private RegionLevel parentLevel() {
        return level.getValue() == null ? null : level.getValue().parentLevel();
    }

    private void levelChanged() {
        parent.setRequiredIndicatorVisible(parentLevel() != null);
        parent.setVisible(parentLevel() != null);
        parent.offerOnly(parentLevel());
    }
}
