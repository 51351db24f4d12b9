package org.servicecentre.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.servicecentre.programme.ParticipantImportProblem;
import org.servicecentre.programme.ParticipantImportResult;
import org.servicecentre.programme.RegistrationImport;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * Imports a participant list (CSV) into a session: the columns explained, a template to download, the upload, and
 * every row's problems when the file is refused (then nothing was imported).
 */
class ParticipantImportDialog extends Dialog {

    private static final int MAX_BYTES = 1024 * 1024;

    private final RegistrationImport imports;
    private final long sessionId;
    private final Runnable onImported;
    private final Upload upload = new Upload();
    private final Paragraph outcome = new Paragraph();
    private final Grid<ParticipantImportProblem> problems = new Grid<>(ParticipantImportProblem.class, false);

    ParticipantImportDialog(RegistrationImport imports, long sessionId, Runnable onImported) {
        this.imports = imports;
        this.sessionId = sessionId;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("import.participants.title"));
        setWidth("min(760px, 95vw)");
        setId("participant-import");
        configureUpload();
        configureProblems();
        outcome.setId("import-outcome");
        outcome.setVisible(false);
        add(new Paragraph(getTranslation("import.participants.columns", imports.maxRows())), template(), upload,
                outcome, problems);
        var close = new Button(getTranslation("import.participants.close"), e -> close());
        getFooter().add(close);
    }

    /** Imports the file's bytes as if uploaded; the upload calls this. */
    void importFile(byte[] bytes) {
        upload.clearFileList();
        if (bytes.length > MAX_BYTES) {
            Notifications.error(getTranslation("error.import_file_rejected", MAX_BYTES / 1024 / 1024));
            return;
        }
        ParticipantImportResult result = DomainErrors.attempt(() -> imports.importFor(sessionId, bytes));
        if (result == null) {
            return;
        }
        outcome.setVisible(true);
        if (!result.imported()) {
            outcome.setText(getTranslation("import.participants.refused", result.problems().size()));
            outcome.getElement().getClassList().set("import-refused", true);
            problems.setItems(result.problems());
            problems.setVisible(true);
            return;
        }
        problems.setVisible(false);
        outcome.getElement().getClassList().set("import-refused", false);
        var text = getTranslation("import.participants.done", result.registered(), result.waitlisted(),
                result.alreadyRegistered());
        outcome.setText(text);
        Notifications.success(text);
        onImported.run();
    }

    private Anchor template() {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = imports.template();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "participants-template.csv",
                    "text/csv; charset=UTF-8", bytes.length);
        }), AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("import.participants.template")));
        anchor.setId("import-template");
        return anchor;
    }

    private void configureUpload() {
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) ->
                upload.getUI().ifPresent(ui -> ui.accessSynchronously(() -> importFile(bytes)))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setWidthFull();
        var button = new Button(getTranslation("import.participants.choose"), VaadinIcon.UPLOAD.create());
        upload.setUploadButton(button);
        upload.setDropLabel(new Span(getTranslation("import.participants.drop")));
        var texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.participants.drop"))
                .setMany(getTranslation("import.participants.drop")));
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.participants.choose"))
                .setMany(getTranslation("import.participants.choose")));
        texts.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("import.upload.one-file"))
                .setFileIsTooBig(getTranslation("error.import_file_rejected", MAX_BYTES / 1024 / 1024))
                .setIncorrectFileType(getTranslation("import.participants.csv-only")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("import.checking"))
                        .setStalled(getTranslation("import.checking"))
                        .setProcessing(getTranslation("import.checking")).setHeld(getTranslation("import.checking")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("import.upload.failed"))
                        .setUnexpectedServerError(getTranslation("import.upload.failed"))
                        .setForbidden(getTranslation("import.upload.failed"))));
        texts.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        upload.setI18n(texts);
        upload.setId("import-upload");
    }

    private void configureProblems() {
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(p -> p.row() == 0 ? "" : Integer.toString(p.row()))
                .setHeader(getTranslation("import.participants.column.row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "" : p.column())
                .setHeader(getTranslation("import.participants.column.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.arguments().toArray()))
                .setHeader(getTranslation("import.participants.column.problem")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        problems.setId("import-problems");
    }
}
