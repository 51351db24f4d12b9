package org.servicecentre.centre.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.servicecentre.centre.AllianceSummary;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.PartnershipDraft;
import org.servicecentre.security.ScopeTarget;
import org.servicecentre.shared.ui.FormDialog;

/**
 * The dialog to partner an organisation with a centre or, for admins, with an alliance. Opened from a centre's
 * page, the centre is fixed. Only the chosen kind of target is kept in the draft.
 */
class PartnershipDialog extends FormDialog<PartnershipDraft> {

    enum TargetKind { CENTRE, ALLIANCE }

    private final ComboBox<ScopeTarget> organisation = new ComboBox<>(getTranslation("partnerships.organisation"));
    private final RadioButtonGroup<TargetKind> kind = new RadioButtonGroup<>(getTranslation("partnerships.target-kind"));
    private final ComboBox<CentreSummary> centre = new ComboBox<>(getTranslation("partnerships.target.centre"));
    private final ComboBox<AllianceSummary> alliance = new ComboBox<>(getTranslation("partnerships.target.alliance"));
    private final TextArea note = new TextArea(getTranslation("partnerships.note"));

    /**
     * {@code centres} are those the caller may partner with; {@code alliances} the active ones (empty for
     * managers, who partner with centres only); {@code fixedCentre} is set when opened from a centre's page.
     */
    PartnershipDialog(List<ScopeTarget> organisations, List<CentreSummary> centres, List<AllianceSummary> alliances,
                      CentreSummary fixedCentre) {
        super(PartnershipDraft.class);
        setHeaderTitle(getTranslation("partnerships.dialog.title"));
        setWidth("min(560px, 95vw)");
        addClassName("partnership-dialog");

        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(ScopeTarget::label);
        kind.setItems(TargetKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k == TargetKind.CENTRE
                ? "partnerships.target.centre" : "partnerships.target.alliance"));
        kind.setValue(TargetKind.CENTRE);
        kind.addValueChangeListener(e -> kindChanged());
        centre.setItems(centres);
        centre.setItemLabelGenerator(CentreSummary::name);
        alliance.setItems(alliances);
        alliance.setItemLabelGenerator(AllianceSummary::name);
        note.setMaxLength(300);
        note.setHelperText(getTranslation("partnerships.note.helper"));

        binder().forField(organisation).asRequired(getTranslation("form.required"))
                .withConverter(o -> o == null ? null : o.id(),
                        id -> organisations.stream().filter(o -> id != null && o.id() == id).findFirst().orElse(null))
                .bind("organisationId");
        binder().forField(centre)
                .withValidator(c -> kind.getValue() != TargetKind.CENTRE || c != null, getTranslation("form.required"))
                .withConverter(c -> kind.getValue() == TargetKind.CENTRE && c != null ? c.id() : null,
                        id -> centres.stream().filter(c -> id != null && c.id() == id).findFirst().orElse(null))
                .bind("centreId");
        binder().forField(alliance)
                .withValidator(a -> kind.getValue() != TargetKind.ALLIANCE || a != null, getTranslation("form.required"))
                .withConverter(a -> kind.getValue() == TargetKind.ALLIANCE && a != null ? a.id() : null,
                        id -> alliances.stream().filter(a -> id != null && a.id() == id).findFirst().orElse(null))
                .bind("allianceId");
        binder().forField(note).bind("note");
        showErrorOn("DUPLICATE_PARTNERSHIP", organisation);
        showErrorOn("ALLIANCE_ARCHIVED", alliance);

        form().add(organisation, 2);
        if (fixedCentre == null && !alliances.isEmpty()) {
            form().add(kind, 2);
        }
        form().add(centre, 2);
        form().add(alliance, 2);
        form().add(note, 2);
        if (fixedCentre == null && alliances.isEmpty()) {
            var hint = new Paragraph(getTranslation("partnerships.dialog.centre-only"));
            hint.addClassName("form-hint");
            form().add(hint, 2);
        }
        kindChanged();
        // the draft handed to edit(..) names the fixed centre; it must be among the centres offered
        centre.setReadOnly(fixedCentre != null);
    }

    private void kindChanged() {
        boolean toCentre = kind.getValue() == TargetKind.CENTRE;
        centre.setVisible(toCentre);
        centre.setRequiredIndicatorVisible(toCentre);
        alliance.setVisible(!toCentre);
        alliance.setRequiredIndicatorVisible(!toCentre);
    }
}
