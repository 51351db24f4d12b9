package org.servicecentre.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.servicecentre.booking.BookingSeriesService;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.booking.Recurrences;

/**
 * The top of an existing booking in its dialog: the status as a coloured badge, whose it is and who asked for it,
 * and the note that came with a decision (why it was declined or cancelled).
 */
class BookingFacts extends Div {

    /** {@code seriesText}: the series the booking belongs to in words, or null. */
    BookingFacts(BookingSummary booking, String myName, String seriesText) {
        addClassName("booking-facts");
        var badges = new Div(BookingTexts.status(this, booking.status()));
        badges.addClassName("booking-badges");
        if (booking.requestedBy() != null && booking.requestedBy().equals(myName)) {
            badges.add(BookingTexts.badge(getTranslation("booking.mine"), "mine"));
        }
        if (booking.seriesId() != null) {
            badges.add(BookingTexts.badge(getTranslation("booking.in-series"), "muted"));
        }
        add(badges);
        add(line("booking.organisation", booking.organisationName()));
        add(line("booking.centre", booking.centreName()));
        if (seriesText != null) {
            var series = line("booking.series", seriesText);
            series.setId("booking-series");
            add(series);
        }
        add(line("booking.requester", getTranslation("booking.requested-at", booking.requestedBy(),
                BookingTexts.date(this, booking.createdAt().atZone(booking.zone()).toLocalDate()))));
        if (booking.started() != null) {
            add(started(booking));
        }
        if (booking.decisionNote() != null) {
            var note = new Div(line(noteKey(booking.status()), booking.decisionNote()));
            if (booking.decidedBy() != null) {
                var by = new Span(getTranslation("booking.decided-by", booking.decidedBy()));
                by.addClassName("booking-decided-by");
                note.add(by);
            }
            note.setId("booking-decision-note");
            note.addClassNames("booking-note", "status-" + booking.status().name().toLowerCase(Locale.ROOT));
            add(note);
        }
    }

    /** "每周的周二、周四，至…" for an occurrence of a series; null otherwise or when the series cannot be read. */
    static String seriesText(BookingSeriesService series, BookingSummary booking, Component translator) {
        if (booking.seriesId() == null) {
            return null;
        }
        try {
            var found = series.get(booking.seriesId());
            return Recurrences.describe(found.rule(), found.zone(), translator::getTranslation);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "已确认开始 14:02（张三）· 自助签到机": that staff said it is under way, so it is no no-show. */
    private Div started(BookingSummary booking) {
        var started = booking.started();
        var when = started.at().atZone(booking.zone());
        var time = booking.start().atZone(booking.zone()).toLocalDate().equals(when.toLocalDate())
                ? BookingTexts.time(when) : BookingTexts.date(this, when.toLocalDate()) + " " + BookingTexts.time(when);
        var line = line("booking.start.label", getTranslation("booking.start.at", time, started.byName(),
                getTranslation("booking.start.method." + started.method().name().toLowerCase(Locale.ROOT))));
        line.setId("booking-started");
        line.addClassName("booking-started");
        return line;
    }

    private Div line(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        var text = new Span(value == null ? "" : value);
        text.addClassName("fact-value");
        var line = new Div(label, text);
        line.addClassName("booking-fact");
        return line;
    }

    private static String noteKey(BookingStatus status) {
        return switch (status) {
            case DECLINED -> "booking.note.declined";
            case CANCELLED -> "booking.note.cancelled";
            default -> "booking.note.decision";
        };
    }
}
