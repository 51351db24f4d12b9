package org.servicecentre.booking.ui.calendar;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A week (Monday to Sunday) of a centre as a resource timeline: the days one below the other, in each day one
 * row per room, time running left to right under a shared hour scale that stays on top while scrolling. Blocks
 * keep a readable width (an hour is at least 48 px; narrower screens scroll sideways). Dragging along a room's
 * row selects a slot in quarter hours and a click selects one hour ({@link SlotSelectedEvent}); a click on a
 * block fires {@link BlockClickedEvent}.
 */
public class RoomWeekCalendar extends TimeGridCalendar {

    private LocalDate monday;

    /** Shows the week (Monday to Sunday) holding {@code anyDay}. */
    public RoomWeekCalendar(LocalDate anyDay) {
        super("sc-cal-week");
        this.monday = mondayOf(anyDay);
        render();
    }

    /** Shows the week (Monday to Sunday) holding {@code anyDay}. */
    public void setWeek(LocalDate anyDay) {
        this.monday = mondayOf(anyDay);
        render();
    }

    public LocalDate getMonday() {
        return monday;
    }

    @Override
    public List<LocalDate> getDays() {
        return Stream.iterate(monday, d -> d.plusDays(1)).limit(7).toList();
    }

    private static LocalDate mondayOf(LocalDate day) {
        return Objects.requireNonNull(day, "day").with(DayOfWeek.MONDAY);
    }

    @Override
    void render() {
        if (monday == null) {
            return;
        }
        removeAll();
        var texts = new CalendarTexts(this);
        getStyle().set("--sc-cal-hours", String.valueOf(axis().hours()))
                .set("--sc-cal-rooms", String.valueOf(Math.max(1, columns().size())));
        if (columns().isEmpty()) {
            var empty = new Div(texts.noRooms());
            empty.addClassName("sc-cal-empty");
            add(empty);
            return;
        }
        add(hourScale(texts));
        getDays().forEach(day -> add(dayOf(day, texts)));
    }

    private Div hourScale(CalendarTexts texts) {
        var scale = new Div();
        scale.addClassName("sc-cal-week-head");
        var corner = new Div();
        corner.addClassName("sc-cal-corner");
        var hours = new Div();
        hours.addClassName("sc-cal-scale");
        for (int hour = axis().firstHour(); hour < axis().lastHour(); hour++) {
            var label = new Span(texts.hour(hour));
            label.addClassName("sc-cal-hour");
            label.getStyle().set("left", TimeAxis.css((hour - axis().firstHour()) * 100.0 / axis().hours()));
            hours.add(label);
        }
        scale.add(corner, hours);
        return scale;
    }

    private Div dayOf(LocalDate day, CalendarTexts texts) {
        var group = new Div();
        group.addClassName("sc-cal-week-day");
        if (isToday(day)) {
            group.addClassName("sc-cal-week-day--today");
        }
        if (day.getDayOfWeek().getValue() >= 6) {
            group.addClassName("sc-cal-week-day--weekend");
        }
        var heading = new Div();
        heading.addClassName("sc-cal-week-dayhead");
        heading.getStyle().set("grid-row", "1 / span " + columns().size());
        var weekday = new Span(texts.weekday(day.getDayOfWeek()));
        weekday.addClassName("sc-cal-weekday");
        var date = new Span(texts.date(day));
        date.addClassName("sc-cal-date");
        heading.add(weekday, date);
        if (isToday(day)) {
            var today = new Span(texts.today());
            today.addClassName("sc-cal-today-badge");
            heading.add(today);
        }
        group.add(heading);
        for (CalendarColumn column : columns()) {
            group.add(RoomLabel.of(column, "sc-cal-rowhead"), laneOf(column, day, texts));
        }
        return group;
    }

    private Div laneOf(CalendarColumn column, LocalDate day, CalendarTexts texts) {
        var lane = lane(column, day, "x");
        for (CalendarShade shade : shadesOf(column.id(), day)) {
            var strip = new ShadeStrip(shade, texts, true);
            double left = axis().percent(day, shade.start());
            strip.getStyle().set("left", TimeAxis.css(left))
                    .set("width", TimeAxis.css(axis().percent(day, shade.end()) - left));
            lane.add(strip);
        }
        for (Lanes.Placed placed : Lanes.place(blocksOf(column.id(), day))) {
            CalendarBlock block = placed.block();
            var card = card(block, texts, BlockCard.Shape.BAR);
            double left = axis().percent(day, block.start());
            card.getStyle().set("left", TimeAxis.css(left))
                    .set("width", TimeAxis.css(axis().percent(day, block.end()) - left))
                    .set("top", TimeAxis.css(placed.offset(), 2))
                    .set("height", TimeAxis.css(placed.share(), -3));
            if (axis().clipped(day, block.start(), block.end())) {
                card.addClassName("sc-cal-block--clipped");
            }
            lane.add(card);
        }
        if (isToday(day) && axis().shows(day, now(), now().plusMinutes(1))) {
            var line = new Div();
            line.addClassName("sc-cal-now");
            line.getStyle().set("left", TimeAxis.css(axis().percent(day, now())));
            lane.add(line);
        }
        return lane;
    }
}
