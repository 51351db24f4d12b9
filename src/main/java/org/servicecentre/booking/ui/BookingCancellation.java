package org.servicecentre.booking.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.booking.SeriesScope;

/**
 * Asks before a booking is cancelled, with an optional reason that the organisation and the managers read; for an
 * occurrence of a series also which occurrences: this one, this and the following ones, or the whole series.
 */
class BookingCancellation extends ConfirmDialog {

    private final TextArea reason = new TextArea(getTranslation("booking.cancel.reason"));

    /** {@code cancel} gets the reason and the scope ({@link SeriesScope#ONE} for a booking not in a series). */
    BookingCancellation(BookingSummary booking, BiConsumer<String, SeriesScope> cancel) {
        setId("booking-cancel-confirm");
        setHeader(getTranslation("booking.cancel.title"));
        reason.setId("booking-cancel-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setPlaceholder(getTranslation("booking.cancel.reason.placeholder"));
        var text = new Paragraph(getTranslation("booking.cancel.text", booking.roomName(),
                BookingTexts.when(this, booking.start(), booking.end(), booking.zone())));
        var body = new Div(text);
        var scope = booking.seriesId() == null ? null : new SeriesScopeChoice("booking.scope.cancel");
        if (scope != null) {
            body.add(scope);
        }
        body.add(reason);
        body.addClassName("booking-cancel-body");
        setText(body);
        setCancelable(true);
        setCancelText(getTranslation("booking.cancel.keep"));
        setConfirmText(getTranslation("booking.cancel.confirm"));
        setConfirmButtonTheme("error primary");
        addConfirmListener(e -> cancel.accept(reason.getValue(), scope == null ? SeriesScope.ONE : scope.getValue()));
    }
}
