package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.servicecentre.checkin.FeedbackService;
import org.servicecentre.checkin.FeedbackSummary;
import org.servicecentre.checkin.FeedbackTag;

/**
 * The figures of the satisfaction tab, drawn with plain elements: the totals, one bar split into the five scores with
 * its legend, and the tags tapped as bars, praise beside what to improve.
 */
final class SatisfactionFigures {

    private final FeedbackSummary summary;
    private final Locale locale;
    private final NumberFormat percent;

    SatisfactionFigures(FeedbackSummary summary, Locale locale) {
        this.summary = summary;
        this.locale = locale;
        this.percent = NumberFormat.getPercentInstance(locale);
    }

    /** An average to one decimal, as managers read it (4.3). */
    static String average(double value, Locale locale) {
        return String.format(locale, "%.1f", value);
    }

    Div totals() {
        var totals = new Div(figure("centre-feedback-count", String.valueOf(summary.count()), "centre.feedback.count"),
                figure("centre-feedback-average", t("centre.feedback.averageOf", average(summary.average(), locale)),
                        "centre.feedback.average"),
                figure("centre-feedback-satisfied", percent.format(summary.satisfiedShare()),
                        "centre.feedback.satisfied"));
        totals.addClassNames("figures", "centre-feedback-figures");
        return totals;
    }

    Div distribution() {
        var bar = new Div();
        bar.setId("centre-feedback-bar");
        bar.addClassName("centre-feedback-bar");
        bar.getElement().setAttribute("role", "img");
        var legend = new Div();
        legend.addClassName("centre-feedback-legend");
        var described = new StringBuilder();
        for (int score = FeedbackService.HIGHEST_SCORE; score >= FeedbackService.LOWEST_SCORE; score--) {
            long count = summary.countOf(score);
            double share = (double) count / summary.count();
            String word = t("kiosk.feedback.score." + score);
            String text = t("centre.feedback.legend", word, count, percent.format(share));
            described.append(text).append(score > FeedbackService.LOWEST_SCORE ? "; " : "");
            if (count > 0) {
                var segment = new Div();
                segment.addClassNames("centre-feedback-bar-part", "centre-feedback-score--" + score);
                segment.getStyle().set("flex-grow", String.valueOf(count));
                segment.getElement().setAttribute("title", text);
                bar.add(segment);
            }
            var swatch = new Span();
            swatch.addClassNames("centre-feedback-swatch", "centre-feedback-score--" + score);
            var entry = new Span(swatch, new Span(text));
            entry.addClassName("centre-feedback-legend-entry");
            legend.add(entry);
        }
        bar.getElement().setAttribute("aria-label", described.toString());
        return section("centre.feedback.distribution", bar, legend);
    }

    Div tags() {
        var columns = new Div(tagList(true), tagList(false));
        columns.addClassName("centre-feedback-tag-columns");
        return section("centre.feedback.tags", columns);
    }

    private Div tagList(boolean positive) {
        var list = new Div();
        list.addClassNames("centre-feedback-tag-list", positive ? "centre-feedback-tag-list--good"
                : "centre-feedback-tag-list--improve");
        var heading = new Span(t(positive ? "centre.feedback.tags.good" : "centre.feedback.tags.improve"));
        heading.addClassName("centre-feedback-tag-heading");
        list.add(heading);
        long most = summary.tags().values().stream().mapToLong(Long::longValue).max().orElse(0);
        Arrays.stream(FeedbackTag.values()).filter(tag -> tag.positive() == positive)
                .sorted(Comparator.comparing((FeedbackTag tag) -> summary.tags().get(tag)).reversed())
                .forEach(tag -> list.add(tagRow(tag, summary.tags(), most)));
        return list;
    }

    private Div tagRow(FeedbackTag tag, Map<FeedbackTag, Long> counts, long most) {
        long count = counts.get(tag);
        var icon = FeedbackPanel.icon(tag).create();
        icon.addClassName("centre-feedback-tag-icon");
        var name = new Span(t(tag.translationKey()));
        name.addClassName("centre-feedback-tag-name");
        var fill = new Div();
        fill.addClassName("centre-feedback-tag-fill");
        fill.getStyle().set("width", most == 0 ? "0" : (100.0 * count / most) + "%");
        var track = new Div(fill);
        track.addClassName("centre-feedback-tag-track");
        var number = new Span(String.valueOf(count));
        number.addClassName("centre-feedback-tag-count");
        var row = new Div(icon, name, track, number);
        row.setId("centre-feedback-tag-" + tag.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        row.addClassName("centre-feedback-tag");
        if (count == 0) {
            row.addClassName("centre-feedback-tag--none");
        }
        return row;
    }

    private Div figure(String id, String value, String labelKey) {
        var number = new Span(value);
        number.setId(id);
        number.addClassName("figure-value");
        var label = new Span(t(labelKey));
        var figure = new Div(number, label);
        figure.addClassName("figure");
        return figure;
    }

    private Div section(String titleKey, Component... parts) {
        var section = new Div(new H4(t(titleKey)));
        section.add(parts);
        section.addClassName("centre-feedback-section");
        return section;
    }

    private String t(String key, Object... args) {
        return com.vaadin.flow.i18n.I18NProvider.translate(locale, key, args);
    }
}
