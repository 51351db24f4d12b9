package org.servicecentre.centre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.converter.Converter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicecentre.centre.AmenitySummary;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.RoomDraft;
import org.servicecentre.shared.ui.FormDialog;

/**
 * The dialog to create, edit or look at a room: what it is, how many it holds, its booking rules and amenities.
 * A new room also asks for its centre; an existing one gets its photo and actions added by {@link RoomDialogs}.
 */
class RoomForm extends FormDialog<RoomDraft> {

    private static final String CODE_FORMAT = "[A-Za-z0-9_-]+";

    private final ComboBox<CentreSummary> centre = new ComboBox<>(getTranslation("rooms.centre"));
    private final TextField code = new TextField(getTranslation("rooms.code"));
    private final TextField name = new TextField(getTranslation("rooms.name"));
    private final IntegerField capacity = new IntegerField(getTranslation("rooms.capacity"));
    private final BigDecimalField area = new BigDecimalField(getTranslation("rooms.area"));
    private final TextField floor = new TextField(getTranslation("rooms.floor"));
    private final IntegerField setup = new IntegerField(getTranslation("rooms.setup"));
    private final IntegerField cleanup = new IntegerField(getTranslation("rooms.cleanup"));
    private final Checkbox needsApproval = new Checkbox(getTranslation("rooms.needs-approval"));
    private final Checkbox bookable = new Checkbox(getTranslation("rooms.bookable"));
    private final MultiSelectComboBox<AmenitySummary> amenities =
            new MultiSelectComboBox<>(getTranslation("rooms.amenities"));
    private final TextArea description = new TextArea(getTranslation("rooms.description"));
    private CentreSummary chosenCentre;

    /** {@code centres} are those a new room may go to; empty for an existing room, whose centre is fixed. */
    RoomForm(String titleKey, List<CentreSummary> centres, List<AmenitySummary> amenityChoices) {
        super(RoomDraft.class);
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(760px, 95vw)");
        addClassName("room-form");

        code.setMaxLength(32);
        code.setHelperText(getTranslation("rooms.code.helper"));
        name.setMaxLength(100);
        capacity.setMin(1);
        capacity.setMax(2000);
        capacity.setStepButtonsVisible(true);
        capacity.setSuffixComponent(new Div(getTranslation("rooms.capacity.unit")));
        area.setSuffixComponent(new Div("m²"));
        floor.setMaxLength(16);
        floor.setPlaceholder(getTranslation("rooms.floor.placeholder"));
        for (var buffer : List.of(setup, cleanup)) {
            buffer.setMin(0);
            buffer.setMax(240);
            buffer.setStepButtonsVisible(true);
            buffer.setStep(5);
            buffer.setSuffixComponent(new Div(getTranslation("rooms.minutes")));
        }
        setup.setHelperText(getTranslation("rooms.setup.helper"));
        cleanup.setHelperText(getTranslation("rooms.cleanup.helper"));
        needsApproval.setTooltipText(getTranslation("rooms.needs-approval.helper"));
        bookable.setTooltipText(getTranslation("rooms.bookable.helper"));
        amenities.setItems(amenityChoices);
        amenities.setItemLabelGenerator(a -> a.name(getLocale()));
        amenities.setPlaceholder(getTranslation("rooms.amenities.placeholder"));
        description.setMaxLength(500);

        if (!centres.isEmpty()) {
            centre.setItems(centres);
            centre.setItemLabelGenerator(CentreSummary::name);
            if (centres.size() == 1) {
                chosenCentre = centres.getFirst();
            }
            binder().forField(centre).asRequired(getTranslation("form.required"))
                    .bind(d -> chosenCentre, (d, c) -> chosenCentre = c);
            form().add(centre, 2);
        }
        binder().forField(code).asRequired(getTranslation("form.required"))
                .withValidator(c -> c.matches(CODE_FORMAT), getTranslation("form.code.format")).bind("code");
        binder().forField(name).asRequired(getTranslation("form.required")).bind("name");
        binder().forField(capacity).asRequired(getTranslation("form.required")).bind("capacity");
        binder().forField(area).bind("areaSquareMetres");
        binder().forField(floor).bind("floor");
        binder().forField(setup).asRequired(getTranslation("form.required")).bind("setupMinutes");
        binder().forField(cleanup).asRequired(getTranslation("form.required")).bind("cleanupMinutes");
        binder().forField(needsApproval).bind("needsApproval");
        binder().forField(bookable).bind("bookable");
        binder().forField(amenities).withConverter(toIds(amenityChoices)).bind("amenityIds");
        binder().forField(description).bind("description");
        showErrorOn("DUPLICATE_CODE", code);

        form().add(code, name, capacity, area, floor, new Div(), setup, cleanup, needsApproval, bookable);
        form().add(amenities, 2);
        form().add(description, 2);
    }

    /** The centre chosen for a new room. */
    CentreSummary centre() {
        return chosenCentre;
    }

    /** Adds a full-width section under the fields (photo, door code and archive actions). */
    void addSection(Component section) {
        form().add(section, 2);
    }

    private static Converter<Set<AmenitySummary>, Set<Long>> toIds(List<AmenitySummary> choices) {
        return Converter.from(
                chosen -> com.vaadin.flow.data.binder.Result.ok(chosen.stream().map(AmenitySummary::id)
                        .collect(Collectors.toCollection(LinkedHashSet::new))),
                ids -> choices.stream().filter(a -> ids.contains(a.id()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}
