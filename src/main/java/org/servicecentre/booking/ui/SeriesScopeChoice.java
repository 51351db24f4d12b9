package org.servicecentre.booking.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.Locale;
import org.servicecentre.booking.SeriesScope;

/** Which occurrences of a series a change or cancellation applies to: this one, this and following, or all. */
class SeriesScopeChoice extends RadioButtonGroup<SeriesScope> {

    SeriesScopeChoice(String labelKey) {
        setId("series-scope");
        addClassName("series-scope");
        setLabel(getTranslation(labelKey));
        setItems(SeriesScope.values());
        setItemLabelGenerator(s -> getTranslation("booking.scope." + s.name().toLowerCase(Locale.ROOT)));
        addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        setValue(SeriesScope.ONE);
    }
}
