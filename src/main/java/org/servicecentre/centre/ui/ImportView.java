package org.servicecentre.centre.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.servicecentre.centre.ImportService;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * Bulk import and export as CSV: choose what, download a template or the current data, upload a file, look at
 * the preview of every row and import it when nothing is wrong. Admins for everything, managers for the rooms of
 * their own centres; the service decides.
 */
@Route("admin/import")
@Menu(order = 36, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed({"ADMIN", "CENTRE_MANAGER"})
class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_BYTES = ImportService.MAX_FILE_BYTES;

    private final ImportService imports;
    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    private final Paragraph columns = new Paragraph();
    private final Div downloads = new Div();
    private final Upload upload = new Upload();
    private final Div checking = new Div();
    private final ImportPreviewPanel preview;
    private volatile String currentKind;

    ImportView(ImportService imports) {
        this.imports = imports;
        addClassNames("list-view", "import-view");
        var kinds = new LinkedHashSet<>(imports.importableKinds());
        kinds.addAll(imports.exportableKinds());
        preview = new ImportPreviewPanel(imports, this::kindName);
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(List.copyOf(kinds));
        kind.setItemLabelGenerator(this::kindName);
        kind.addValueChangeListener(e -> choose(e.getValue()));
        columns.addClassName("import-columns");
        downloads.addClassName("import-downloads");
        configureUpload();
        var progress = new ProgressBar();
        progress.setIndeterminate(true);
        checking.add(new Span(getTranslation("import.checking")), progress);
        checking.addClassName("import-checking");
        checking.setVisible(false);
        add(kind, columns, downloads, upload, checking, preview);
        setFlexGrow(1, preview);
        if (!kinds.isEmpty()) {
            kind.setValue(kinds.getFirst());
        }
    }

    private void configureUpload() {
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) ->
                upload.getUI().ifPresent(ui -> ui.accessSynchronously(() -> check(metadata.fileName(), bytes)))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation("import.upload.drop")));
        var button = new Button(getTranslation("import.upload.button"), VaadinIcon.UPLOAD.create());
        upload.setUploadButton(button);
        upload.setI18n(uploadTexts());
        upload.addStartedListener(e -> {
            preview.clear();
            checking.setVisible(true);
        });
        upload.addFailedListener(e -> checking.setVisible(false));
        upload.addFileRejectedListener(e ->
                Notifications.error(getTranslation("error.import_file_rejected", MAX_BYTES / 1024 / 1024)));
    }

    private void check(String fileName, byte[] bytes) {
        checking.setVisible(false);
        upload.clearFileList();
        if (bytes.length > MAX_BYTES) { // the browser enforces the limit too, but a script need not
            Notifications.error(getTranslation("error.import_file_rejected", MAX_BYTES / 1024 / 1024));
            return;
        }
        var result = DomainErrors.attempt(() -> imports.preview(currentKind, bytes));
        if (result != null) {
            preview.show(fileName, bytes, result);
        }
    }

    private void choose(String value) {
        currentKind = value;
        preview.clear();
        columns.setText(getTranslation("import.columns." + value));
        downloads.removeAll();
        downloads.add(download("import.template", "template", k -> imports.template(k)));
        if (imports.exportableKinds().contains(value)) {
            downloads.add(download("import.export", "export", k -> imports.export(k)));
        }
        upload.setVisible(imports.importableKinds().contains(value));
    }

    private Anchor download(String key, String suffix, Function<String, byte[]> content) {
        String chosen = currentKind;
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.apply(chosen);
            return new DownloadResponse(new ByteArrayInputStream(bytes), chosen + "-" + suffix + ".csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation(key, kindName(chosen))));
        anchor.addClassName("import-download");
        anchor.setId(suffix + "-" + chosen);
        return anchor;
    }

    private UploadI18N uploadTexts() {
        var texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop"))
                .setMany(getTranslation("import.upload.drop")));
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.button"))
                .setMany(getTranslation("import.upload.button")));
        texts.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("import.upload.one-file"))
                .setFileIsTooBig(getTranslation("error.import_file_rejected", MAX_BYTES / 1024 / 1024))
                .setIncorrectFileType(getTranslation("error.import_file_rejected", MAX_BYTES / 1024 / 1024)));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("import.checking"))
                        .setStalled(getTranslation("import.checking")).setProcessing(getTranslation("import.checking"))
                        .setHeld(getTranslation("import.checking")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("import.upload.failed"))
                        .setUnexpectedServerError(getTranslation("import.upload.failed"))
                        .setForbidden(getTranslation("import.upload.failed"))));
        texts.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return texts;
    }

    private String kindName(String value) {
        return getTranslation("import.kind." + value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import");
    }
}
