package org.servicecentre.booking.ui.calendar;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One booking or busy time on a calendar: coloured by its status, showing its title and time (clipped, with the
 * whole text as a tooltip), marked when it is the viewer's own. Clicking it or pressing Enter reports its id.
 */
final class BlockCard extends Div {

    /**
     * How much room the card has: a tall box (day view), one line with its start time (short blocks in the day
     * view), a bar placed along a time line that shows only the title (week view), or a line in a list (month).
     */
    enum Shape { TALL, LINE, BAR, LIST }

    BlockCard(CalendarBlock block, CalendarTexts texts, Shape shape, Consumer<String> onClick) {
        addClassNames("sc-cal-block", "sc-cal-block--" + shape.name().toLowerCase(Locale.ROOT),
                "sc-cal-status--" + statusOf(block));
        String range = texts.range(block.start(), block.end());
        var title = new Span(block.title());
        title.addClassName("sc-cal-block-title");
        var time = new Span(shape == Shape.TALL ? range : texts.time(block.start()));
        time.addClassName("sc-cal-block-time");
        switch (shape) {
            case TALL -> add(title, time);
            case BAR -> add(title);
            default -> add(time, title);
        }
        if (shape == Shape.TALL && block.detail() != null && !block.detail().isBlank()) {
            var detail = new Span(block.detail());
            detail.addClassName("sc-cal-block-detail");
            add(detail);
        }
        if (block.highlighted()) {
            addClassName("sc-cal-block--mine");
        }
        if (block.highlighted() && shape != Shape.BAR) {
            var badge = new Span(texts.mine());
            badge.addClassName("sc-cal-block-badge");
            add(badge);
        }
        getElement().setAttribute("title", tooltip(block, range, texts));
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        getElement().addEventListener("click", e -> onClick.accept(block.id()))
                .addEventData("event.stopPropagation()");
        getElement().addEventListener("keydown", e -> onClick.accept(block.id()))
                .setFilter("event.key === 'Enter'")
                .addEventData("event.stopPropagation()");
    }

    private static String tooltip(CalendarBlock block, String range, CalendarTexts texts) {
        var text = new StringBuilder(range).append('\n').append(block.title());
        if (block.detail() != null && !block.detail().isBlank()) {
            text.append('\n').append(block.detail());
        }
        if (block.highlighted()) {
            text.append('\n').append(texts.mine());
        }
        return text.toString();
    }

    /** The status part of the CSS class, reduced to safe characters. */
    static String statusOf(CalendarBlock block) {
        String style = block.styleName() == null ? "" : block.styleName().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]", "");
        return style.isEmpty() ? "default" : style;
    }
}
