package org.servicecentre.occupancy;

import java.util.Locale;
import org.servicecentre.shared.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * Writes a compiled work report as a file in the reader's language: PDF (with the charts drawn in), XLSX (one sheet
 * per table, number formats) or a ZIP of CSV files, and names the file after the subject and period.
 */
@Component
public class WorkReportFiles {

    public enum Format {
        PDF("pdf", "application/pdf"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV_ZIP("zip", "application/zip");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    private final TranslationProvider translations;

    WorkReportFiles(TranslationProvider translations) {
        this.translations = translations;
    }

    public ReportTexts texts(Locale locale) {
        return new ReportTexts(translations, locale);
    }

    public byte[] write(WorkReport report, Format format, Locale locale) {
        var texts = texts(locale);
        return switch (format) {
            case PDF -> WorkReportPdf.render(report, texts);
            case XLSX -> WorkReportXlsx.render(report, texts);
            case CSV_ZIP -> WorkReportCsv.render(report, texts);
        };
    }

    /** "工作报告-科技园党群服务中心-2026-10-01-2026-10-31.pdf", without characters file systems refuse. */
    public String fileName(WorkReport report, Format format, Locale locale) {
        String name = texts(locale).t("report.file.name", report.subjectName(), report.period().from().toString(),
                report.period().to().toString());
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "-") + "." + format.extension();
    }
}
