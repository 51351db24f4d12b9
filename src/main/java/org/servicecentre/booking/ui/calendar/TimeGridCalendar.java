package org.servicecentre.booking.ui.calendar;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What the day and week calendars share: the rooms, their blocks and closures, the visible hours, the current
 * time, and choosing a slot by dragging or clicking in a room. Every setter redraws the calendar.
 */
public abstract class TimeGridCalendar extends Div {

    private TimeAxis axis = new TimeAxis(7, 22);
    private List<CalendarColumn> columns = List.of();
    private List<CalendarBlock> blocks = List.of();
    private List<CalendarShade> shades = List.of();
    private LocalDateTime now;

    TimeGridCalendar(String styleName) {
        addClassNames("sc-cal", styleName);
        addAttachListener(e -> DragSelection.install(getElement()));
    }

    /** Shows the hours from {@code firstHour}:00 to {@code lastHour}:00 (0 &lt;= first &lt; last &lt;= 24). */
    public void setHours(int firstHour, int lastHour) {
        axis = new TimeAxis(firstHour, lastHour);
        render();
    }

    /** The rooms, in the order shown. */
    public void setColumns(List<CalendarColumn> columns) {
        this.columns = List.copyOf(columns);
        render();
    }

    public void setBlocks(List<CalendarBlock> blocks) {
        this.blocks = List.copyOf(blocks);
        render();
    }

    public void setShades(List<CalendarShade> shades) {
        this.shades = List.copyOf(shades);
        render();
    }

    /** The current wall-clock time in the centre's zone: marks today and draws the current-time line. */
    public void setNow(LocalDateTime now) {
        this.now = now;
        render();
    }

    /** Removes the drawn selection, e.g. when the booking dialog it opened is closed. */
    public void clearSelection() {
        DragSelection.clear(getElement());
    }

    public Registration addSlotSelectedListener(ComponentEventListener<SlotSelectedEvent> listener) {
        return addListener(SlotSelectedEvent.class, listener);
    }

    public Registration addBlockClickedListener(ComponentEventListener<BlockClickedEvent> listener) {
        return addListener(BlockClickedEvent.class, listener);
    }

    /** The days shown, in order. */
    public abstract List<LocalDate> getDays();

    abstract void render();

    TimeAxis axis() {
        return axis;
    }

    List<CalendarColumn> columns() {
        return columns;
    }

    LocalDateTime now() {
        return now;
    }

    boolean isToday(LocalDate day) {
        return now != null && now.toLocalDate().equals(day);
    }

    List<CalendarBlock> blocksOf(String columnId, LocalDate day) {
        return blocks.stream()
                .filter(b -> columnId.equals(b.columnId()) && axis.shows(day, b.start(), b.end()))
                .toList();
    }

    List<CalendarShade> shadesOf(String columnId, LocalDate day) {
        return shades.stream().filter(s -> s.covers(columnId) && axis.shows(day, s.start(), s.end())).toList();
    }

    BlockCard card(CalendarBlock block, CalendarTexts texts, BlockCard.Shape shape) {
        return new BlockCard(block, texts, shape,
                id -> fireEvent(new BlockClickedEvent(this, true, id)));
    }

    /** A lane: one room on one day, where the script lets the user select a slot. */
    Div lane(CalendarColumn column, LocalDate day, String axisName) {
        var lane = new Div();
        lane.addClassNames("sc-cal-lane", "sc-cal-lane--" + axisName);
        lane.getElement().setAttribute("data-col", column.id())
                .setAttribute("data-day", day.toString())
                .setAttribute("data-axis", axisName)
                .setAttribute("data-from", String.valueOf(axis.fromMinute()))
                .setAttribute("data-to", String.valueOf(axis.toMinute()));
        return lane;
    }

    /** Called by the script; checks what it is told, snaps to quarter hours and reports the slot. */
    @ClientCallable
    void selectSlot(String columnId, String day, int startMinute, int endMinute) {
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            return;
        }
        int start = Math.max(axis.fromMinute(), TimeAxis.snapDown(startMinute));
        int end = Math.min(axis.toMinute(), TimeAxis.snapUp(endMinute));
        boolean known = columns.stream().anyMatch(c -> c.id().equals(columnId));
        if (!known || !getDays().contains(date) || end <= start) {
            return;
        }
        fireEvent(new SlotSelectedEvent(this, true, columnId,
                date.atStartOfDay().plusMinutes(start), date.atStartOfDay().plusMinutes(end)));
    }
}
