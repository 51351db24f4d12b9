package org.servicecentre.centre.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreLevel;
import org.servicecentre.centre.RegionLevel;
import org.servicecentre.centre.RegionSummary;
import org.servicecentre.shared.ui.FormDialog;

/**
 * The dialog to create, edit or look at a centre. Code, level and region are fixed once the centre exists;
 * the region picker offers only regions of the level a centre of the chosen level serves.
 */
class CentreForm extends FormDialog<CentreDraft> {

    private static final String CODE_FORMAT = "[A-Za-z0-9_-]+";
    private static final String PHONE_FORMAT = "[0-9+() -]*";

    private final TextField code = new TextField(getTranslation("centres.code"));
    private final TextField name = new TextField(getTranslation("centres.name"));
    private final ComboBox<CentreLevel> level = new ComboBox<>(getTranslation("centres.level"));
    private final RegionPicker region;
    private final TextField address = new TextField(getTranslation("centres.address"));
    private final TextField phone = new TextField(getTranslation("centres.phone"));
    private final ComboBox<String> timeZone = new ComboBox<>(getTranslation("centres.time-zone"));
    private final Checkbox active = new Checkbox(getTranslation("centres.active"));

    CentreForm(List<RegionSummary> regions, String titleKey, boolean existing) {
        super(CentreDraft.class);
        this.region = new RegionPicker(getTranslation("centres.region"), regions);
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(680px, 95vw)");

        code.setMaxLength(32);
        code.setHelperText(getTranslation(existing ? "centres.code.fixed" : "centres.code.helper"));
        name.setMaxLength(100);
        address.setMaxLength(200);
        phone.setMaxLength(40);
        level.setItems(CentreLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("centre.level." + l.name().toLowerCase(Locale.ROOT)));
        level.addValueChangeListener(e -> levelChanged());
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());

        binder().forField(code).asRequired(getTranslation("form.required"))
                .withValidator(c -> c.matches(CODE_FORMAT), getTranslation("form.code.format"))
                .bind("code");
        binder().forField(name).asRequired(getTranslation("form.required")).bind("name");
        binder().forField(level).asRequired(getTranslation("form.required")).bind("level");
        binder().forField(region).asRequired(getTranslation("form.required"))
                .withConverter(RegionPicker::idOf, region::byId)
                .bind("regionId");
        binder().forField(address).bind("address");
        binder().forField(phone).withValidator(p -> p.matches(PHONE_FORMAT), getTranslation("form.phone.format"))
                .bind("phone");
        binder().forField(timeZone).asRequired(getTranslation("form.required"))
                .withConverter(ZoneId::of, ZoneId::getId)
                .bind("timeZone");
        binder().forField(active).bind("active");
        showErrorOn("DUPLICATE_CODE", code);
        showErrorOn("CENTRE_REGION_LEVEL", region);

        form().add(code, name, level, region);
        form().add(address, 2);
        form().add(phone, timeZone);
        form().add(active, 2);
        if (existing) {
            code.setReadOnly(true);
            level.setReadOnly(true);
            region.setReadOnly(true);
        }
    }

    /** Lists the centre's managers under the form; only for a centre that exists. */
    void showManagers(List<String> names) {
        var label = new Span(getTranslation("centres.managers"));
        label.addClassName("form-section-label");
        var list = new Div();
        list.setId("centre-managers");
        if (names.isEmpty()) {
            var none = new Paragraph(getTranslation("centres.managers.none"));
            none.addClassName("form-hint");
            list.add(none);
        }
        names.forEach(n -> {
            var person = new Span(n);
            person.addClassName("badge");
            list.add(person);
        });
        var section = new Div(label, list);
        section.addClassName("form-section");
        form().add(section, 2);
    }

    private RegionLevel servedLevel() {
        return level.getValue() == null ? null : level.getValue().serves();
    }

    private void levelChanged() {
        region.offerOnly(servedLevel());
        region.setHelperText(servedLevel() == null || region.isReadOnly() ? null
                : getTranslation("centres.region.helper",
                        getTranslation("region.level." + servedLevel().name().toLowerCase(Locale.ROOT))));
    }

    /** Switching off an active centre stops new bookings and check-ins there: ask first. */
    @Override
    public void edit(CentreDraft draft, Consumer<CentreDraft> saveAction) {
        boolean wasActive = draft.isActive();
        confirmBeforeSaving(edited -> wasActive && !edited.isActive(), getTranslation("centres.deactivate.title"),
                getTranslation("centres.deactivate.text"), getTranslation("centres.deactivate.confirm"));
        super.edit(draft, saveAction);
    }
}
