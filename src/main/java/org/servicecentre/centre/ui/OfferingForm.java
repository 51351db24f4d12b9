package org.servicecentre.centre.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicecentre.centre.CatalogueEntrySummary;
import org.servicecentre.centre.CatalogueLevel;
import org.servicecentre.centre.CatalogueService;
import org.servicecentre.centre.OfferingDraft;
import org.servicecentre.security.ScopeTarget;
import org.servicecentre.shared.ui.FormDialog;

/** The dialog for one weekly slot of a service at a centre: which item, which day and hours, delivered by whom. */
class OfferingForm extends FormDialog<OfferingDraft> {

    private final ComboBox<CatalogueEntrySummary> item = new ComboBox<>(getTranslation("offerings.item"));
    private final ComboBox<DayOfWeek> weekday = new ComboBox<>(getTranslation("offerings.weekday"));
    private final TimePicker start = new TimePicker(getTranslation("offerings.start"));
    private final TimePicker end = new TimePicker(getTranslation("offerings.end"));
    private final ComboBox<ScopeTarget> organisation = new ComboBox<>(getTranslation("offerings.organisation"));
    private final TextField note = new TextField(getTranslation("offerings.note"));
    private final Checkbox active = new Checkbox(getTranslation("offerings.active"));
    private final Map<Long, CatalogueEntrySummary> knownItems = new HashMap<>();

    /** {@code current} is the item of the slot being edited (it may since have been archived), or {@code null}. */
    OfferingForm(CatalogueService catalogue, List<ScopeTarget> organisations, CatalogueEntrySummary current,
                 boolean existing) {
        super(OfferingDraft.class);
        setHeaderTitle(getTranslation(existing ? "offerings.edit" : "offerings.add"));
        setWidth("min(640px, 95vw)");
        if (current != null) {
            knownItems.put(current.id(), current);
        }

        item.setItemLabelGenerator(e -> e.fullName(getLocale(), " / "));
        item.setItems(query -> catalogue.list(CatalogueLevel.ITEM, null, query.getFilter().orElse(""), false,
                        query.getOffset(), query.getLimit()).stream().peek(e -> knownItems.put(e.id(), e)),
                query -> (int) catalogue.count(CatalogueLevel.ITEM, null, query.getFilter().orElse(""), false));
        item.setHelperText(getTranslation("offerings.item.helper"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> getTranslation(OfferingText.dayKey(d)));
        for (var time : List.of(start, end)) {
            time.setStep(Duration.ofMinutes(15));
        }
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(ScopeTarget::label);
        note.setMaxLength(200);
        note.setPlaceholder(getTranslation("offerings.note.placeholder"));

        binder().forField(item).asRequired(getTranslation("form.required"))
                .withConverter(e -> e == null ? null : e.id(), id -> id == null ? null : knownItems.get(id))
                .bind("itemId");
        binder().forField(weekday).asRequired(getTranslation("form.required")).bind("weekday");
        binder().forField(start).asRequired(getTranslation("form.required")).bind("start");
        binder().forField(end).asRequired(getTranslation("form.required"))
                .withValidator(t -> start.getValue() == null || t.isAfter(start.getValue()),
                        getTranslation("offerings.end.after-start"))
                .bind("end");
        start.addValueChangeListener(e -> {
            if (end.getValue() != null) {
                binder().getBinding("end").ifPresent(b -> b.validate());
            }
        });
        binder().forField(organisation).asRequired(getTranslation("form.required"))
                .withConverter(o -> o == null ? null : o.id(),
                        id -> id == null ? null
                                : organisations.stream().filter(o -> o.id() == id).findFirst().orElse(null))
                .bind("organisationId");
        binder().forField(note).bind("note");
        binder().forField(active).bind("active");
        showErrorOn("OFFERING_END_BEFORE_START", end);
        showErrorOn("OFFERING_ITEM_ARCHIVED", item);
        showErrorOn("OFFERING_NOT_AN_ITEM", item);

        form().add(item, 2);
        form().add(organisation, 2);
        form().add(weekday, note, start, end);
        form().add(active, 2);
    }
}
