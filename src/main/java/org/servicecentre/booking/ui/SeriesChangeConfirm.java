package org.servicecentre.booking.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.servicecentre.booking.SeriesScope;

/**
 * Asks, before a change to an occurrence of a series is saved, which occurrences it applies to. For several, the new
 * times, purpose and attendance apply to each on its own date; the day and the room change for one occurrence only.
 */
class SeriesChangeConfirm extends ConfirmDialog {

    SeriesChangeConfirm(Consumer<SeriesScope> save) {
        setId("series-change-confirm");
        setHeader(getTranslation("booking.scope.change.title"));
        var scope = new SeriesScopeChoice("booking.scope.change");
        var hint = new Paragraph(getTranslation("booking.scope.change.hint"));
        hint.addClassName("series-scope-hint");
        var body = new Div(scope, hint);
        body.addClassName("booking-cancel-body");
        setText(body);
        setCancelable(true);
        setCancelText(getTranslation("form.cancel"));
        setConfirmText(getTranslation("booking.save"));
        addConfirmListener(e -> save.accept(scope.getValue()));
    }
}
