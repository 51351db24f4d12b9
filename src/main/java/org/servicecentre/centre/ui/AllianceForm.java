package org.servicecentre.centre.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.servicecentre.centre.AllianceDraft;
import org.servicecentre.centre.AllianceMember;
import org.servicecentre.centre.AllianceSummary;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.shared.ui.FormDialog;

/**
 * The dialog to create, edit or look at an alliance: code (fixed once created), name, description, member centres
 * picked by name or code, and whether it is active. Switching an active alliance off asks first.
 */
class AllianceForm extends FormDialog<AllianceDraft> {

    private static final String CODE_FORMAT = "[A-Za-z0-9_-]+";

    private final TextField code = new TextField(getTranslation("alliances.code"));
    private final TextField name = new TextField(getTranslation("alliances.name"));
    private final TextArea description = new TextArea(getTranslation("alliances.description"));
    private final MultiSelectComboBox<AllianceMember> members =
            new MultiSelectComboBox<>(getTranslation("alliances.members"));
    private final Checkbox active = new Checkbox(getTranslation("alliances.active"));
    /** Centres met so far (the alliance's members and those offered), to show chosen ids without asking again. */
    private final Map<Long, AllianceMember> known = new HashMap<>();

    AllianceForm(CentreService centres, String titleKey, AllianceSummary existing) {
        super(AllianceDraft.class);
        if (existing != null) {
            existing.members().forEach(m -> known.put(m.centreId(), m));
        }
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(680px, 95vw)");
        addClassName("alliance-form");

        code.setMaxLength(32);
        code.setHelperText(getTranslation(existing != null ? "alliances.code.fixed" : "alliances.code.helper"));
        name.setMaxLength(100);
        description.setMaxLength(1000);
        description.setMinHeight("6em");
        members.setHelperText(getTranslation("alliances.members.helper"));
        members.setItemLabelGenerator(c -> getTranslation("alliances.member.option", c.name(), c.code()));
        members.setItems(query -> centres.list(query.getFilter().orElse(""), null, query.getOffset(), query.getLimit())
                .stream().map(AllianceForm::member).peek(m -> known.put(m.centreId(), m)));
        members.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);

        binder().forField(code).asRequired(getTranslation("form.required"))
                .withValidator(c -> c.matches(CODE_FORMAT), getTranslation("form.code.format"))
                .bind("code");
        binder().forField(name).asRequired(getTranslation("form.required")).bind("name");
        binder().forField(description).bind("description");
        binder().forField(members).asRequired(getTranslation("alliances.members.required"))
                .withConverter(AllianceForm::ids, this::summaries)
                .bind("centreIds");
        binder().forField(active).bind("active");
        showErrorOn("DUPLICATE_CODE", code);

        form().add(code, name);
        form().add(description, 2);
        form().add(members, 2);
        form().add(active, 2);
        if (existing != null) {
            code.setReadOnly(true);
        }
    }

    /** Archiving stops bookings through the alliance: ask first. */
    @Override
    public void edit(AllianceDraft draft, Consumer<AllianceDraft> saveAction) {
        boolean wasActive = draft.isActive();
        confirmBeforeSaving(edited -> wasActive && !edited.isActive(), getTranslation("alliances.archive.title"),
                getTranslation("alliances.archive.text"), getTranslation("alliances.archive.confirm"));
        super.edit(draft, saveAction);
    }

    private static AllianceMember member(CentreSummary centre) {
        return new AllianceMember(centre.id(), centre.code(), centre.name(), centre.active());
    }

    private static Set<Long> ids(Set<AllianceMember> chosen) {
        return chosen.stream().map(AllianceMember::centreId).collect(Collectors.toSet());
    }

    private Set<AllianceMember> summaries(Set<Long> ids) {
        return ids.stream().map(known::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(AllianceMember::code))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
