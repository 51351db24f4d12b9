package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.servicecentre.occupancy.Granularity;
import org.servicecentre.occupancy.UsagePeriod;

/** Numbers, dates and labels of the dashboards in the viewer's language. */
final class UsageTexts {

    /** Lumo colours for charts (a canvas cannot read CSS custom properties). */
    static final String PRIMARY = "hsl(214, 90%, 52%)";
    static final String PRIMARY_LIGHT = "hsl(214, 90%, 77%)";
    static final String PRIMARY_PALE = "hsl(214, 60%, 96%)";
    static final String PRIMARY_DARK = "hsl(214, 90%, 32%)";
    static final String SUCCESS = "hsl(145, 72%, 31%)";
    static final String ERROR = "hsl(3, 85%, 48%)";
    static final String CONTRAST = "hsl(214, 20%, 60%)";

    private final Component owner;
    private final Locale locale;

    UsageTexts(Component owner) {
        this.owner = owner;
        var ui = com.vaadin.flow.component.UI.getCurrent();
        this.locale = ui == null ? Locale.getDefault() : ui.getLocale();
    }

    String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    Locale locale() {
        return locale;
    }

    /** A share 0–1 as a percentage with at most one decimal ("45.3%"), or a dash when there is none. */
    String percent(Double share) {
        if (share == null) {
            return t("usage.none");
        }
        var format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** Hours from minutes, with one decimal at most. */
    String hours(long minutes) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return t("usage.hours", format.format(minutes / 60.0));
    }

    /** A share as a number of percent for charts (one decimal), null stays null. */
    static Double chartPercent(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    String period(UsagePeriod period) {
        return t("usage.period.range", date(period.from()), date(period.to()), period.days());
    }

    /** A trend bucket's label: "11月" / "Nov 2026" for months, the Monday's date for weeks, the date for days. */
    String bucket(LocalDate start, Granularity granularity) {
        return switch (granularity) {
            case MONTH -> t("usage.bucket.month", start.getYear(), start.getMonthValue());
            case WEEK -> t("usage.bucket.week", start.getMonthValue(), start.getDayOfMonth());
            case DAY -> t("usage.bucket.day", start.getMonthValue(), start.getDayOfMonth());
        };
    }

    String weekday(DayOfWeek day) {
        return t("calendar.weekday." + day.getValue());
    }

    String hour(int hour) {
        return t("usage.hour", String.format(Locale.ROOT, "%02d", hour));
    }
}
