package org.servicecentre.booking.ui.calendar;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A month of one room: whole weeks from Monday, each day listing its blocks (start time and title; beyond four,
 * three and "+N more"), closures named, today marked, days of the neighbouring months dimmed. A click on a day
 * fires {@link DayClickedEvent}, on a block {@link BlockClickedEvent}. Every setter redraws the calendar.
 */
public class RoomMonthCalendar extends Div {

    private static final int SHOWN = 4;

    private YearMonth month;
    private List<CalendarBlock> blocks = List.of();
    private List<CalendarShade> shades = List.of();
    private LocalDate today;

    public RoomMonthCalendar(YearMonth month) {
        this.month = Objects.requireNonNull(month, "month");
        addClassNames("sc-cal", "sc-cal-month");
        render();
    }

    public void setMonth(YearMonth month) {
        this.month = Objects.requireNonNull(month, "month");
        render();
    }

    public YearMonth getMonth() {
        return month;
    }

    /** The room's blocks; their column is ignored. */
    public void setBlocks(List<CalendarBlock> blocks) {
        this.blocks = List.copyOf(blocks);
        render();
    }

    /** The room's closures (named on their days); time outside opening hours is not shown in a month. */
    public void setShades(List<CalendarShade> shades) {
        this.shades = List.copyOf(shades);
        render();
    }

    /** Today in the centre's zone, marked on the grid. */
    public void setToday(LocalDate today) {
        this.today = today;
        render();
    }

    /** Every day on the grid, from the Monday on or before the 1st to the Sunday on or after the last day. */
    public List<LocalDate> getDays() {
        LocalDate first = month.atDay(1).with(DayOfWeek.MONDAY);
        LocalDate last = month.atEndOfMonth().with(DayOfWeek.SUNDAY);
        return Stream.iterate(first, d -> !d.isAfter(last), d -> d.plusDays(1)).toList();
    }

    public Registration addDayClickedListener(ComponentEventListener<DayClickedEvent> listener) {
        return addListener(DayClickedEvent.class, listener);
    }

    public Registration addBlockClickedListener(ComponentEventListener<BlockClickedEvent> listener) {
        return addListener(BlockClickedEvent.class, listener);
    }

    private void render() {
        removeAll();
        var texts = new CalendarTexts(this);
        var head = new Div();
        head.addClassName("sc-cal-month-head");
        for (DayOfWeek weekday : DayOfWeek.values()) {
            var name = new Span(texts.weekday(weekday));
            name.addClassName("sc-cal-month-weekday");
            if (weekday.getValue() >= 6) {
                name.addClassName("sc-cal-weekend");
            }
            head.add(name);
        }
        var grid = new Div();
        grid.addClassName("sc-cal-month-grid");
        getDays().forEach(day -> grid.add(cellOf(day, texts)));
        add(head, grid);
    }

    private Div cellOf(LocalDate day, CalendarTexts texts) {
        var cell = new Div();
        cell.addClassName("sc-cal-month-day");
        if (!YearMonth.from(day).equals(month)) {
            cell.addClassName("sc-cal-month-day--other");
        }
        if (day.equals(today)) {
            cell.addClassName("sc-cal-month-day--today");
        }
        if (day.getDayOfWeek().getValue() >= 6) {
            cell.addClassName("sc-cal-weekend");
        }
        var number = new Span(String.valueOf(day.getDayOfMonth()));
        number.addClassName("sc-cal-month-number");
        cell.add(number);
        LocalDateTime from = day.atStartOfDay();
        LocalDateTime to = from.plusDays(1);
        for (CalendarShade shade : shades) {
            if (shade.isClosure() && shade.start().isBefore(to) && shade.end().isAfter(from)) {
                if (!shade.start().isAfter(from) && !shade.end().isBefore(to)) {
                    cell.addClassName("sc-cal-month-day--closed");
                }
                var chip = new Span(shade.label().isBlank() ? texts.closed() : shade.label());
                chip.addClassName("sc-cal-month-closure");
                cell.add(chip);
            }
        }
        List<CalendarBlock> ofDay = blocks.stream()
                .filter(b -> b.start().isBefore(to) && b.end().isAfter(from))
                .sorted(Comparator.comparing(CalendarBlock::start))
                .toList();
        int shown = ofDay.size() <= SHOWN ? ofDay.size() : SHOWN - 1;
        ofDay.stream().limit(shown).forEach(block -> cell.add(new BlockCard(block, texts, BlockCard.Shape.LIST,
                id -> fireEvent(new BlockClickedEvent(this, true, id)))));
        if (ofDay.size() > shown) {
            var more = new Span(texts.more(ofDay.size() - shown));
            more.addClassName("sc-cal-month-more");
            cell.add(more);
        }
        cell.getElement().setAttribute("role", "button");
        cell.getElement().setAttribute("tabindex", "0");
        cell.getElement().setAttribute("aria-label", texts.weekday(day.getDayOfWeek()) + " " + texts.date(day));
        cell.getElement().addEventListener("click", e -> fireEvent(new DayClickedEvent(this, true, day)));
        cell.getElement().addEventListener("keydown", e -> fireEvent(new DayClickedEvent(this, true, day)))
                .setFilter("event.key === 'Enter' && event.target === event.currentTarget");
        return cell;
    }
}
