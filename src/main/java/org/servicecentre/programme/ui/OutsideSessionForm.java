package org.servicecentre.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import org.servicecentre.programme.OutsideSessionDraft;
import org.servicecentre.programme.ProgrammeSummary;
import org.servicecentre.programme.SessionService;
import org.servicecentre.shared.ui.DomainErrors;

/** A session away from any centre (a park, a factory canteen): where, on which date, from when to when. */
class OutsideSessionForm extends FormLayout implements SessionSource {

    private final SessionService sessions;
    private final ProgrammeSummary programme;
    private final TextField location = new TextField();
    private final DatePicker date;
    private final TimePicker start;
    private final TimePicker end;

    OutsideSessionForm(SessionService sessions, ProgrammeSummary programme, Clock clock) {
        this.sessions = sessions;
        this.programme = programme;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("480px", 3));
        location.setLabel(getTranslation("programmes.session.location"));
        location.setPlaceholder(getTranslation("programmes.session.location.placeholder"));
        location.setId("outside-location");
        location.setMaxLength(200);
        location.setRequiredIndicatorVisible(true);
        date = SessionFields.date(this, "programmes.session.date", "outside-date", clock);
        start = SessionFields.time(this, "programmes.session.start", "outside-start", LocalTime.of(9, 30));
        end = SessionFields.time(this, "programmes.session.end", "outside-end", LocalTime.of(11, 30));
        add(location, 3);
        add(date, start, end);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Added add() {
        boolean ok = SessionFields.filled(location) & SessionFields.filled(date) & SessionFields.filled(start)
                & SessionFields.filled(end);
        if (!ok || !SessionFields.ordered(start, end)) {
            return null;
        }
        var zone = ProgrammeForm.ZONE;
        var added = DomainErrors.attempt(() -> sessions.addOutside(programme.id(), new OutsideSessionDraft(
                location.getValue(), SessionFields.at(date.getValue(), start.getValue(), zone),
                SessionFields.at(date.getValue(), end.getValue(), zone))));
        return added == null ? null : new Added(1, List.of(), false);
    }
}
