package org.servicecentre.occupancy;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.servicecentre.occupancy.WorkReport.Headline;
import org.servicecentre.occupancy.WorkReport.Highlight;
import org.servicecentre.occupancy.WorkReport.Measure;
import org.servicecentre.programme.TargetGroup;
import org.servicecentre.shared.TranslationProvider;

/**
 * Puts a work report into words in one language: names of measures and levels, figures as the reader writes them
 * (percentages with one decimal, counts with separators), changes against the previous period and the highlights'
 * sentences. Shared by the page, the PDF, the workbook, the CSV files and the monthly mail so they all say the same.
 */
public final class ReportTexts {

    private static final TranslationProvider TRANSLATIONS = new TranslationProvider();

    private final TranslationProvider translations;
    private final Locale locale;
    private final NumberFormat oneDecimal;
    private final NumberFormat integer;

    public ReportTexts(TranslationProvider translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
        this.oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        this.integer = NumberFormat.getIntegerInstance(locale);
    }

    public static ReportTexts of(Locale locale) {
        return new ReportTexts(TRANSLATIONS, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String t(String key, Object... args) {
        return translations.translate(locale, key, args);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(t("report.format.date"), locale).format(date);
    }

    /** A day without its year, for table cells under a dated title ("10月12日", "12 Oct"). */
    public String shortDate(LocalDate date) {
        return DateTimeFormatter.ofPattern(t("report.format.short-date"), locale).format(date);
    }

    public String period(UsagePeriod period) {
        return t("report.format.period", date(period.from()), date(period.to()));
    }

    public String level(UsageLevel level) {
        return t("report.level." + level.name().toLowerCase(Locale.ROOT));
    }

    /** "南山区（区域）", for pickers. */
    public String subject(ReportSubject subject) {
        return t("report.subject.label", subject.name(), level(subject.subject().level()));
    }

    public String measure(Measure measure) {
        return t(measure.key());
    }

    /** A headline figure as read: "42.5%", "1,234", "86", or "—" when it cannot be said. */
    public String value(Measure measure, Double value) {
        if (value == null) {
            return "—";
        }
        return switch (measure.kind()) {
            case SHARE -> percent(value);
            case COUNT, INDEX -> integer.format(Math.round(value));
        };
    }

    /** The change against the previous period: "+3.2 个百分点", "+12.0%", "—". */
    public String change(Headline headline) {
        Double change = headline.change();
        if (change == null) {
            return "—";
        }
        String signed = (change > 0 ? "+" : change < 0 ? "−" : "±");
        return switch (headline.measure().kind()) {
            case SHARE -> t("report.change.points", signed + oneDecimal.format(Math.abs(change)));
            case INDEX -> t("report.change.index", signed + integer.format(Math.round(Math.abs(change))));
            case COUNT -> signed + oneDecimal.format(Math.abs(change) * 100) + "%";
        };
    }

    /** A share (0–1) as a percentage with one decimal, or "—". */
    public String percent(Double share) {
        return share == null ? "—" : oneDecimal.format(share * 100) + "%";
    }

    public String count(long value) {
        return integer.format(value);
    }

    /** Minutes as hours with one decimal ("12.5"). */
    public String hours(long minutes) {
        return oneDecimal.format(minutes / 60.0);
    }

    public String decimal(double value) {
        return oneDecimal.format(value);
    }

    /** A highlight's sentence: dates written out, decimals with one place, target groups translated. */
    public String highlight(Highlight highlight) {
        Object[] args = highlight.args().stream().map(arg -> switch (arg) {
            case LocalDate date -> date(date);
            case Double number -> oneDecimal.format(number);
            default -> arg;
        }).toArray();
        return t(highlight.key(), args);
    }

    /** A target group's name in this language (the share's own name if its key is not a target group). */
    public String targetGroup(AttendanceShare share) {
        return targetGroupOrName(share) instanceof TargetGroup group ? t(TranslationProvider.keyOf(group))
                : share.name();
    }

    /** The share's target group (translated wherever it is shown), or its name. */
    static Object targetGroupOrName(AttendanceShare share) {
        try {
            return TargetGroup.valueOf(share.key());
        } catch (IllegalArgumentException | NullPointerException e) {
            return share.name();
        }
    }
}
