package org.servicecentre.occupancy;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.servicecentre.notification.MailLayout;
import org.servicecentre.notification.NotificationContent;
import org.servicecentre.notification.NotificationMessage;
import org.servicecentre.shared.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * The monthly report as a message in the recipient's language: a greeting, the headline figures beside last period's
 * with the change, the highlights, and links to the reports page preset to the centre and month (where the PDF,
 * workbook and CSV files are).
 */
@Component
class MonthlyReportMail {

    private final MailLayout layout;

    MonthlyReportMail(MailLayout layout) {
        this.layout = layout;
    }

    NotificationMessage message(WorkReport report, YearMonth month) {
        return (translations, locale) -> render(report, month, translations, locale);
    }

    NotificationContent render(WorkReport report, YearMonth month, TranslationProvider translations, Locale locale) {
        var w = new DigestWriter(translations, locale, layout);
        var texts = new ReportTexts(translations, locale);
        String monthName = texts.t("report.mail.month", month.getYear(), month.getMonthValue(),
                month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, locale));
        w.paragraph(texts.t("report.mail.greeting", report.subjectName(), monthName));
        w.heading(texts.t("report.section.headlines"));
        w.table(List.of(texts.t("report.col.measure"), texts.t("report.col.this-period"),
                texts.t("report.col.previous-period"), texts.t("report.col.change")), List.of(false, true, true, true));
        for (var h : report.headlines()) {
            String value = texts.value(h.measure(), h.value());
            String previous = texts.value(h.measure(), h.previous());
            w.row(List.of(w.cell(texts.measure(h.measure())), w.cell(value), w.cell(previous), w.cell(texts.change(h))),
                    texts.t("report.mail.line", texts.measure(h.measure()), value, previous, texts.change(h)));
        }
        w.endTable();
        w.heading(texts.t("report.section.highlights"));
        if (report.highlights().isEmpty()) {
            w.paragraph(texts.t("report.highlight.none"));
        } else {
            w.list(report.highlights().stream().map(h -> new DigestWriter.Link(texts.highlight(h), null)).toList());
        }
        w.links(List.of(new DigestWriter.Link(texts.t("report.mail.open"),
                MonthlyReports.link(report.subject().id(), month))));
        return w.content(texts.t("report.mail.subject", report.subjectName(), monthName));
    }
}
