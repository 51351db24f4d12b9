package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.servicecentre.occupancy.ReportTexts;
import org.servicecentre.occupancy.WorkReport;
import org.servicecentre.occupancy.WorkReportFiles;
import org.servicecentre.occupancy.WorkReportFiles.Format;

/**
 * A generated report on the page: its title, download buttons (PDF, Excel, CSV zip), the headline figures as tiles
 * with their change against the previous period, and the highlights.
 */
class ReportPreview extends Composite<VerticalLayout> {

    ReportPreview(WorkReport report, Map<Format, byte[]> files, WorkReportFiles names, ReportTexts texts) {
        var layout = getContent();
        layout.addClassName("report-preview");
        layout.setPadding(false);
        var title = new H3(texts.t("report.view.result", report.subjectName(), texts.period(report.period())));
        var downloads = new HorizontalLayout();
        downloads.addClassName("report-downloads");
        downloads.setAlignItems(FlexComponent.Alignment.CENTER);
        downloads.setWrap(true);
        downloads.add(download(report, files, names, texts, Format.PDF, "report.view.download.pdf", VaadinIcon.FILE_TEXT_O),
                download(report, files, names, texts, Format.XLSX, "report.view.download.xlsx", VaadinIcon.FILE_TABLE),
                download(report, files, names, texts, Format.CSV_ZIP, "report.view.download.csv", VaadinIcon.FILE_ZIP));
        layout.add(title, downloads);
        if (report.unsettled()) {
            var note = new Paragraph(texts.t("report.note.unsettled", texts.date(report.asOf().minusDays(1))));
            note.addClassName("report-note");
            layout.add(note);
        }
        var tiles = new Div();
        tiles.addClassName("report-tiles");
        for (var h : report.headlines()) {
            var tile = new Div();
            tile.addClassName("report-tile");
            var name = new Span(texts.measure(h.measure()));
            name.addClassName("report-tile-name");
            var value = new Span(texts.value(h.measure(), h.value()));
            value.addClassName("report-tile-value");
            var change = new Span(texts.t("report.view.change", texts.change(h)));
            change.addClassName("report-tile-change");
            change.addClassName(h.direction() > 0 ? "better" : h.direction() < 0 ? "worse" : "same");
            tile.add(name, value, change);
            tiles.add(tile);
        }
        layout.add(new H3(texts.t("report.section.headlines")), tiles, new H3(texts.t("report.section.highlights")));
        if (report.highlights().isEmpty()) {
            layout.add(new Paragraph(texts.t("report.highlight.none")));
        } else {
            var list = new UnorderedList();
            list.addClassName("report-highlights");
            report.highlights().forEach(h -> list.add(new ListItem(texts.highlight(h))));
            layout.add(list);
        }
    }

    private static Anchor download(WorkReport report, Map<Format, byte[]> files, WorkReportFiles names,
                                   ReportTexts texts, Format format, String key, VaadinIcon icon) {
        byte[] bytes = files.get(format);
        String fileName = names.fileName(report, format, texts.locale());
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), fileName, format.contentType(), bytes.length)), "");
        anchor.setId("report-download-" + format.extension());
        var button = new Button(texts.t(key), icon.create());
        button.setTabIndex(-1);
        anchor.add(button);
        return anchor;
    }
}
