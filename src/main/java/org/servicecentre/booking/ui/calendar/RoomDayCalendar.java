package org.servicecentre.booking.ui.calendar;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One day of a centre: its rooms side by side as columns, the hours down the side with half-hour lines, blocks
 * placed by time, closures hatched, and a line at the current time when the day is today. Dragging in a room
 * selects a slot in quarter hours; a click selects one hour. Both fire {@link SlotSelectedEvent}; a click on a
 * block fires {@link BlockClickedEvent}. Give it a height to scroll inside it; without one it grows to fit.
 */
public class RoomDayCalendar extends TimeGridCalendar {

    private static final long SHORT_MINUTES = 45;

    private LocalDate date;

    public RoomDayCalendar(LocalDate date) {
        super("sc-cal-day");
        this.date = Objects.requireNonNull(date, "date");
        render();
    }

    public void setDate(LocalDate date) {
        this.date = Objects.requireNonNull(date, "date");
        render();
    }

    public LocalDate getDate() {
        return date;
    }

    @Override
    public List<LocalDate> getDays() {
        return List.of(date);
    }

    @Override
    void render() {
        if (date == null) {
            return;
        }
        removeAll();
        var texts = new CalendarTexts(this);
        getStyle().set("--sc-cal-columns", String.valueOf(Math.max(1, columns().size())))
                .set("--sc-cal-hours", String.valueOf(axis().hours()));
        if (columns().isEmpty()) {
            var empty = new Div(texts.noRooms());
            empty.addClassName("sc-cal-empty");
            add(empty);
            return;
        }
        add(header(), body(texts));
    }

    private Div header() {
        var header = new Div();
        header.addClassName("sc-cal-day-head");
        var corner = new Div();
        corner.addClassName("sc-cal-corner");
        header.add(corner);
        for (CalendarColumn column : columns()) {
            header.add(RoomLabel.of(column, "sc-cal-colhead"));
        }
        return header;
    }

    private Div body(CalendarTexts texts) {
        var body = new Div();
        body.addClassName("sc-cal-day-body");
        body.add(gutter(texts));
        for (CalendarColumn column : columns()) {
            body.add(laneOf(column, texts));
        }
        return body;
    }

    private Div gutter(CalendarTexts texts) {
        var gutter = new Div();
        gutter.addClassName("sc-cal-gutter");
        for (int hour = axis().firstHour(); hour < axis().lastHour(); hour++) {
            var label = new Span(texts.hour(hour));
            label.addClassName("sc-cal-hour");
            label.getStyle().set("top", TimeAxis.css((hour - axis().firstHour()) * 100.0 / axis().hours()));
            gutter.add(label);
        }
        return gutter;
    }

    private Div laneOf(CalendarColumn column, CalendarTexts texts) {
        var lane = lane(column, date, "y");
        for (CalendarShade shade : shadesOf(column.id(), date)) {
            var strip = new ShadeStrip(shade, texts, true);
            double top = axis().percent(date, shade.start());
            strip.getStyle().set("top", TimeAxis.css(top))
                    .set("height", TimeAxis.css(axis().percent(date, shade.end()) - top));
            lane.add(strip);
        }
        for (Lanes.Placed placed : Lanes.place(blocksOf(column.id(), date))) {
            CalendarBlock block = placed.block();
            boolean small = Duration.between(block.start(), block.end()).toMinutes() < SHORT_MINUTES;
            var card = card(block, texts, small ? BlockCard.Shape.LINE : BlockCard.Shape.TALL);
            double top = axis().percent(date, block.start());
            card.getStyle().set("top", TimeAxis.css(top))
                    .set("height", TimeAxis.css(axis().percent(date, block.end()) - top))
                    .set("left", TimeAxis.css(placed.offset(), 2))
                    .set("width", TimeAxis.css(placed.share(), -4));
            if (axis().clipped(date, block.start(), block.end())) {
                card.addClassName("sc-cal-block--clipped");
            }
            lane.add(card);
        }
        if (isToday(date) && axis().shows(date, now(), now().plusMinutes(1))) {
            var line = new Div();
            line.addClassName("sc-cal-now");
            line.getStyle().set("top", TimeAxis.css(axis().percent(date, now())));
            lane.add(line);
        }
        return lane;
    }
}
