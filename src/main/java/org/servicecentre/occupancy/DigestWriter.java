package org.servicecentre.occupancy;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.servicecentre.notification.MailLayout;
import org.servicecentre.notification.NotificationContent;
import org.servicecentre.shared.TranslationProvider;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes one digest twice at once, as the HTML body of the mail layout's card and as plain text: headings,
 * paragraphs, tables (figures right-aligned in tabular digits) and links made absolute. Inline styles only, in the
 * mail layout's colours.
 */
final class DigestWriter {

    static final String LINK = "color:#1565c0;text-decoration:none";
    private static final String CELL = "padding:7px 8px;border-bottom:1px solid #e3e7ec;vertical-align:top";
    private static final String NUMBER = ";text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums";
    /** Text columns keep at least four characters a line on a phone (else Chinese names stack one per line). */
    private static final String TEXT = ";text-align:left;min-width:4em";

    record Link(String text, String path) {
    }

    private final TranslationProvider translations;
    private final Locale locale;
    private final MailLayout layout;
    private final StringBuilder html = new StringBuilder(8000);
    private final StringBuilder text = new StringBuilder(2000);
    private List<Boolean> numeric = List.of();
    private final NumberFormat decimals;

    DigestWriter(TranslationProvider translations, Locale locale, MailLayout layout) {
        this.translations = translations;
        this.locale = locale;
        this.layout = layout;
        this.decimals = NumberFormat.getNumberInstance(locale);
        decimals.setMaximumFractionDigits(1);
        decimals.setMinimumFractionDigits(0);
    }

    String t(String key, Object... args) {
        return translations.translate(locale, key, args);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(t("digest.format.date"), locale).format(date);
    }

    String dateTime(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern(t("digest.format.datetime"), locale).format(at.atZone(zone));
    }

    String hours(long minutes) {
        return t("digest.hours", decimals.format(minutes / 60.0));
    }

    String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    String percent(Integer value) {
        return value == null ? "—" : value + "%";
    }

    void paragraph(String content) {
        html.append("<p style=\"margin:0 0 12px\">").append(esc(content)).append("</p>");
        text.append(content).append("\n\n");
    }

    void note(String content) {
        html.append("<p style=\"margin:0 0 12px;padding:10px 12px;background:#f3f5f7;border-radius:6px;color:#4b5563\">")
                .append(esc(content)).append("</p>");
        text.append(content).append("\n\n");
    }

    /** A centre's title: a rule above, its name linking to its page. */
    void centreHeading(String name, String path) {
        html.append("<h2 style=\"font-size:18px;margin:28px 0 12px;padding-top:16px;border-top:2px solid #c8102e\">")
                .append("<a href=\"").append(esc(layout.absolute(path))).append("\" style=\"color:#1f2a37;")
                .append("text-decoration:none\">").append(esc(name)).append("</a></h2>");
        text.append("== ").append(name).append(" ==\n").append(layout.absolute(path)).append("\n\n");
    }

    void heading(String title) {
        html.append("<h3 style=\"font-size:16px;margin:20px 0 8px;color:#1f2a37\">").append(esc(title)).append("</h3>");
        text.append(title).append("\n");
    }

    void subheading(String title) {
        html.append("<h4 style=\"font-size:14px;margin:14px 0 6px;color:#4b5563\">").append(esc(title)).append("</h4>");
        text.append(title).append(":\n");
    }

    void table(List<String> headers, List<Boolean> numericColumns) {
        numeric = numericColumns;
        html.append("<table role=\"presentation\" style=\"width:100%;border-collapse:collapse;font-size:14px;")
                .append("margin:0 0 12px\"><tr>");
        for (int i = 0; i < headers.size(); i++) {
            html.append("<th style=\"").append(CELL).append(";color:#6b7785;font-weight:600;font-size:13px;")
                    .append("border-bottom:2px solid #d5dbe1").append(numeric.get(i) ? NUMBER : TEXT)
                    .append("\">").append(esc(headers.get(i))).append("</th>");
        }
        html.append("</tr>");
    }

    /** A row: its cells as HTML (see {@link #cell}, {@link #linked}, {@link #bar}) and its line of plain text. */
    void row(List<String> cells, String line) {
        html.append("<tr>");
        for (int i = 0; i < cells.size(); i++) {
            html.append("<td style=\"").append(CELL).append(numeric.get(i) ? NUMBER : TEXT).append("\">")
                    .append(cells.get(i)).append("</td>");
        }
        html.append("</tr>");
        text.append("- ").append(line).append("\n");
    }

    void endTable() {
        html.append("</table>");
        text.append("\n");
    }

    String cell(String content) {
        return esc(content);
    }

    String linked(String content, String path) {
        return "<a href=\"" + esc(layout.absolute(path)) + "\" style=\"" + LINK + "\">" + esc(content) + "</a>";
    }

    /** A small bar of the share (capped at a full bar), or nothing when there is no share. */
    String bar(Integer percent) {
        if (percent == null) {
            return "";
        }
        int width = Math.max(0, Math.min(100, percent));
        String colour = percent < 20 ? "#d97706" : "#1565c0";
        return "<div style=\"width:64px;height:8px;background:#e8edf2;border-radius:4px;margin-top:6px\">"
                + "<div style=\"width:" + width + "%;height:8px;background:" + colour + ";border-radius:4px\"></div></div>";
    }

    void list(List<Link> lines) {
        html.append("<ul style=\"margin:0 0 12px;padding-left:20px\">");
        for (var line : lines) {
            html.append("<li style=\"margin:0 0 4px\">")
                    .append(line.path() == null ? esc(line.text()) : linked(line.text(), line.path())).append("</li>");
            text.append("- ").append(line.text());
            if (line.path() != null) {
                text.append(" ").append(layout.absolute(line.path()));
            }
            text.append("\n");
        }
        html.append("</ul>");
        text.append("\n");
    }

    /** Links in one line ("上周预约日历 · 查看中心"). */
    void links(List<Link> links) {
        html.append("<p style=\"margin:4px 0 12px;font-size:14px\">");
        for (int i = 0; i < links.size(); i++) {
            if (i > 0) {
                html.append("<span style=\"color:#9aa5b1\"> &nbsp;·&nbsp; </span>");
            }
            html.append(linked(links.get(i).text() + " ›", links.get(i).path()));
            text.append(links.get(i).text()).append(": ").append(layout.absolute(links.get(i).path())).append("\n");
        }
        html.append("</p>");
        text.append("\n");
    }

    NotificationContent content(String subject) {
        return new NotificationContent(subject, text.toString().strip(), html.toString());
    }

    private static String esc(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }
}
