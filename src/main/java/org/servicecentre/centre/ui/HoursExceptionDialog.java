package org.servicecentre.centre.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.servicecentre.centre.HoursExceptionDraft;
import org.servicecentre.centre.TimeRange;
import org.servicecentre.shared.ui.FormDialog;

/** Adds special hours for one date: the ranges the centre keeps that day instead of its usual week, and why. */
class HoursExceptionDialog extends FormDialog<HoursExceptionDraft> {

    HoursExceptionDialog(LocalDate today) {
        super(HoursExceptionDraft.class);
        setHeaderTitle(getTranslation("hours.exception.dialog.title"));
        setId("hours-exception-dialog");
        var date = HoursTexts.datePicker(this, "hours.exception.date");
        date.setId("exception-date");
        date.setMin(today);
        date.setRequiredIndicatorVisible(true);
        var reason = new TextField(getTranslation("hours.reason"));
        reason.setId("exception-reason");
        reason.setMaxLength(200);
        reason.setPlaceholder(getTranslation("hours.exception.reason.placeholder"));
        var ranges = new RangesField(getTranslation("hours.exception.ranges"));
        ranges.setId("exception-ranges");
        ranges.setHelperText(getTranslation("hours.range.end.helper"));
        form().add(date, reason);
        form().add(ranges, 2);
        binder().forField(date).asRequired(getTranslation("form.required")).bind("date");
        binder().forField(reason).asRequired(getTranslation("form.required")).bind("reason");
        binder().forField(ranges)
                .withValidator(r -> ranges.check(), getTranslation("hours.ranges.invalid"))
                .withValidator(r -> !r.isEmpty(), getTranslation("hours.exception.ranges.required"))
                .bind(HoursExceptionDraft::getRanges, HoursExceptionDraft::setRanges);
        showErrorOn("DUPLICATE_HOURS_EXCEPTION", date);
        showErrorOn("HOURS_EXCEPTION_OVERLAP", ranges);
    }

    static HoursExceptionDraft blank(LocalDate date) {
        return HoursExceptionDraft.of(date, List.of(TimeRange.parse("09:00", "17:00")), "");
    }
}
