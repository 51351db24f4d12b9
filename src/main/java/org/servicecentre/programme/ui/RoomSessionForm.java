package org.servicecentre.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.servicecentre.booking.RecurrenceRule;
import org.servicecentre.booking.SeriesDraft;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RoomService;
import org.servicecentre.programme.ProgrammeSummary;
import org.servicecentre.programme.RoomSessionDraft;
import org.servicecentre.programme.SessionService;
import org.servicecentre.shared.ui.DomainErrors;

/**
 * Sessions in a room of a centre, booked together with it: one session on a date, or every week on some weekdays
 * from a first date until a last date or for a number of times. Times are the centre's wall-clock times.
 */
class RoomSessionForm extends FormLayout implements SessionSource {

    enum End { UNTIL, COUNT }

    private final SessionService sessions;
    private final ProgrammeSummary programme;
    private final boolean weekly;
    private final RoomPicker picker;
    private final DatePicker date;
    private final TimePicker start;
    private final TimePicker end;
    private final IntegerField attendance = new IntegerField();
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    private final RadioButtonGroup<End> ending = new RadioButtonGroup<>();
    private final DatePicker until;
    private final IntegerField count = new IntegerField();

    RoomSessionForm(SessionService sessions, CentreService centres, RoomService rooms, ProgrammeSummary programme,
                    boolean weekly, Clock clock) {
        this.sessions = sessions;
        this.programme = programme;
        this.weekly = weekly;
        String prefix = weekly ? "weekly-" : "room-";
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("480px", 3));
        picker = new RoomPicker(this, centres, rooms, prefix);
        date = SessionFields.date(this, weekly ? "programmes.session.firstDate" : "programmes.session.date",
                prefix + "date", clock);
        start = SessionFields.time(this, "programmes.session.start", prefix + "start", LocalTime.of(14, 0));
        end = SessionFields.time(this, "programmes.session.end", prefix + "end", LocalTime.of(16, 0));
        attendance.setLabel(getTranslation("programmes.session.attendance"));
        attendance.setId(prefix + "attendance");
        attendance.setMin(1);
        attendance.setMax(10_000);
        attendance.setValue(programme.capacity() == null ? 10 : programme.capacity());
        attendance.setRequiredIndicatorVisible(true);
        add(picker.centre(), picker.room(), attendance);
        add(picker.searchLink(), 3);
        add(date, start, end);
        until = SessionFields.date(this, "programmes.session.until", prefix + "until", clock);
        if (weekly) {
            days.setLabel(getTranslation("programmes.session.days"));
            days.setId("weekly-days");
            days.setItems(DayOfWeek.values());
            days.setItemLabelGenerator(d -> getTranslation("series.day." + d.name().substring(0, 2).toLowerCase(
                    java.util.Locale.ROOT)));
            days.setRequiredIndicatorVisible(true);
            ending.setLabel(getTranslation("programmes.session.ending"));
            ending.setId("weekly-ending");
            ending.setItems(End.values());
            ending.setItemLabelGenerator(e -> getTranslation("programmes.session.ending." + e.name().toLowerCase(
                    java.util.Locale.ROOT)));
            ending.setValue(End.UNTIL);
            count.setLabel(getTranslation("programmes.session.count"));
            count.setId("weekly-count");
            count.setMin(1);
            count.setMax(200);
            count.setValue(10);
            count.setStepButtonsVisible(true);
            count.setVisible(false);
            ending.addValueChangeListener(e -> {
                until.setVisible(e.getValue() == End.UNTIL);
                count.setVisible(e.getValue() == End.COUNT);
            });
            date.addValueChangeListener(e -> {
                if (e.getValue() != null && days.isEmpty()) {
                    days.setValue(EnumSet.of(e.getValue().getDayOfWeek()));
                }
            });
            days.setValue(EnumSet.of(date.getValue().getDayOfWeek()));
            until.setValue(date.getValue().plusWeeks(11));
            add(days, 3);
            add(ending, until, count);
        }
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Added add() {
        boolean ok = picker.filled() & SessionFields.filled(date) & SessionFields.filled(start)
                & SessionFields.filled(end) & SessionFields.filled(attendance);
        if (weekly) {
            ok &= SessionFields.filled(days) & (ending.getValue() == End.UNTIL ? SessionFields.filled(until)
                    : SessionFields.filled(count));
        }
        if (!ok || !SessionFields.ordered(start, end)) {
            return null;
        }
        var zone = picker.zone();
        long roomId = picker.room().getValue().id();
        if (!weekly) {
            var added = DomainErrors.attempt(() -> sessions.addInRoom(programme.id(), new RoomSessionDraft(roomId,
                    SessionFields.at(date.getValue(), start.getValue(), zone),
                    SessionFields.at(date.getValue(), end.getValue(), zone), attendance.getValue())));
            return added == null ? null : new Added(1, List.of(), false);
        }
        var first = firstDay(date.getValue(), days.getValue());
        var added = DomainErrors.attempt(() -> {
            var rule = ending.getValue() == End.UNTIL ? RecurrenceRule.weekly(days.getValue(), 1, until.getValue())
                    : RecurrenceRule.weekly(days.getValue(), 1, count.getValue());
            var draft = SeriesDraft.of(roomId, SessionFields.at(first, start.getValue(), zone),
                    SessionFields.at(first, end.getValue(), zone), rule.text(), "", attendance.getValue(), null);
            draft.setZone(zone);
            return sessions.addSeries(programme.id(), draft);
        });
        return added == null ? null : new Added(added.created().size(), added.skipped(), true);
    }

    /** The first date on or after {@code from} that falls on one of the weekdays. */
    private static LocalDate firstDay(LocalDate from, java.util.Set<DayOfWeek> weekdays) {
        var day = from;
        while (!weekdays.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day;
    }
}
