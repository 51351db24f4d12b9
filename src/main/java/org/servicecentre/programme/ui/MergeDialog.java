package org.servicecentre.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.servicecentre.programme.ResidentService;
import org.servicecentre.programme.ResidentSummary;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;

/**
 * "This is the same person as …": finds the duplicate by phone number or resident number, says what moves over, and
 * merges the duplicate into the resident kept.
 */
class MergeDialog extends Dialog {

    private final ResidentService residents;
    private final ResidentSummary kept;
    private final Consumer<ResidentSummary> merged;
    private final TextField phone = new TextField(getTranslation("residents.merge.phone"));
    private final IntegerField number = new IntegerField(getTranslation("residents.merge.id"));
    private final Grid<ResidentSummary> found = new Grid<>();

    MergeDialog(ResidentService residents, ResidentSummary kept, Consumer<ResidentSummary> merged) {
        this.residents = residents;
        this.kept = kept;
        this.merged = merged;
        setId("merge-dialog");
        addClassName("merge-dialog");
        var keptLabel = ResidentTexts.label(this, kept);
        setHeaderTitle(getTranslation("residents.merge.title", keptLabel));
        setWidth("min(44rem, 100vw)");
        phone.setId("merge-phone");
        phone.setAllowedCharPattern("[0-9 +()\\-]");
        number.setId("merge-number");
        number.setMin(1);
        var find = new Button(getTranslation("residents.merge.find"), VaadinIcon.SEARCH.create(), e -> find());
        find.setId("merge-find");
        find.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        var search = new Div(phone, number, find);
        search.addClassName("merge-search");
        found.setId("merge-found");
        found.addThemeVariants(GridVariant.LUMO_COMPACT);
        found.setAllRowsVisible(true);
        found.addColumn(r -> ResidentTexts.label(this, r)).setHeader(getTranslation("residents.column.name"))
                .setKey("name").setFlexGrow(1);
        found.addColumn(r -> r.phone() == null ? "" : r.phone()).setHeader(getTranslation("residents.column.phone"))
                .setKey("phone").setFlexGrow(1);
        found.addComponentColumn(r -> {
            var pick = new Button(getTranslation("residents.merge.pick", keptLabel), e -> confirm(r));
            pick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            pick.addClassName("merge-pick");
            return pick;
        }).setKey("pick").setAutoWidth(true).setFlexGrow(0);
        found.setEmptyStateText(getTranslation("residents.merge.none"));
        found.setItems(List.of());
        add(new Paragraph(getTranslation("residents.merge.intro", keptLabel)), search, found);
        var cancel = new Button(getTranslation("form.cancel"), e -> close());
        cancel.setId("merge-cancel");
        getFooter().add(cancel);
    }

    private void find() {
        var results = new ArrayList<ResidentSummary>();
        phone.setInvalid(false);
        if (!phone.getValue().isBlank()) {
            try {
                results.addAll(residents.findByPhone(phone.getValue()));
            } catch (DomainException e) {
                phone.setErrorMessage(getTranslation("residents.search.invalid"));
                phone.setInvalid(true);
                return;
            }
        }
        if (number.getValue() != null && results.stream().noneMatch(r -> r.id() == number.getValue())) {
            var byNumber = DomainErrors.attempt(() -> residents.get(number.getValue()));
            if (byNumber != null) {
                results.add(byNumber);
            }
        }
        found.setItems(results.stream().filter(r -> r.id() != kept.id()).toList());
    }

    private void confirm(ResidentSummary duplicate) {
        var keptLabel = ResidentTexts.label(this, kept);
        var duplicateLabel = ResidentTexts.label(this, duplicate);
        if (keptLabel.equals(duplicateLabel)) {
            duplicateLabel = getTranslation("residents.anonymous", Long.toString(duplicate.id()));
        }
        Confirmations.destructive(getTranslation("residents.merge.confirm.title", keptLabel, duplicateLabel),
                getTranslation("residents.merge.confirm.text", keptLabel, duplicateLabel),
                getTranslation("residents.merge.confirm"), () -> {
                    var after = DomainErrors.attempt(() -> residents.merge(kept.id(), duplicate.id()));
                    if (after != null) {
                        close();
                        merged.accept(after);
                    }
                }).setId("confirm-merge");
    }
}
