package org.servicecentre.centre.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Base64;
import java.util.List;
import org.servicecentre.centre.PhotoContent;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;

/**
 * The photo of a room in its form: a preview, and for editors an upload (PNG, JPEG or WebP, at most 2 MB) and a
 * remove button. Changes apply at once, apart from the form's Save.
 */
class RoomPhotoField extends Div {

    private static final int MAX_BYTES = 2 * 1024 * 1024;

    private final RoomService rooms;
    private final long roomId;
    private final Div preview = new Div();
    private final Button remove = new Button(getTranslation("rooms.photo.remove"), VaadinIcon.TRASH.create());

    RoomPhotoField(RoomService rooms, RoomSummary room, boolean editable) {
        this.rooms = rooms;
        this.roomId = room.id();
        addClassNames("form-section", "room-photo");
        var label = new Span(getTranslation("rooms.photo"));
        label.addClassName("form-section-label");
        preview.addClassName("room-photo-preview");
        add(label, preview);
        if (editable) {
            var upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received(bytes)));
            upload.setId("room-photo-upload");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(MAX_BYTES);
            upload.setAcceptedMimeTypes("image/png", "image/jpeg", "image/webp");
            upload.setAcceptedFileExtensions(".png", ".jpg", ".jpeg", ".webp");
            upload.setI18n(i18n());
            upload.addFileRejectedListener(e -> upload.clearFileList());
            upload.addAllFinishedListener(e -> upload.clearFileList());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setId("room-photo-remove");
            remove.addClickListener(e -> removed());
            var hint = new Span(getTranslation("rooms.photo.hint"));
            hint.addClassName("form-hint");
            add(new Div(upload, remove), hint);
        }
        show(room.hasPhoto() ? rooms.photo(roomId).orElse(null) : null);
    }

    private void received(byte[] bytes) {
        var ui = UI.getCurrent();
        Runnable apply = () -> {
            if (DomainErrors.attempt(() -> rooms.setPhoto(roomId, bytes)) != null) {
                show(rooms.photo(roomId).orElse(null));
            }
        };
        if (ui == null) {
            getUI().ifPresent(found -> found.access(apply::run));
        } else {
            apply.run();
        }
    }

    private void removed() {
        Confirmations.destructive(getTranslation("rooms.photo.remove.title"), getTranslation("rooms.photo.remove.text"),
                getTranslation("rooms.photo.remove.confirm"), () -> {
                    if (DomainErrors.attempt(() -> rooms.removePhoto(roomId)) != null) {
                        show(null);
                    }
                });
    }

    private void show(PhotoContent photo) {
        preview.removeAll();
        remove.setVisible(photo != null);
        if (photo == null) {
            var none = new Span(getTranslation("rooms.photo.none"));
            none.addClassName("form-hint");
            preview.add(none);
            return;
        }
        var image = new Image("data:" + photo.contentType() + ";base64,"
                + Base64.getEncoder().encodeToString(photo.bytes()), getTranslation("rooms.photo"));
        image.setId("room-photo-image");
        preview.add(image);
    }

    private UploadI18N i18n() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("rooms.photo.choose"))
                .setMany(getTranslation("rooms.photo.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("rooms.photo.drop"))
                .setMany(getTranslation("rooms.photo.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("error.photo_too_large", 2))
                .setIncorrectFileType(getTranslation("error.photo_type"))
                .setTooManyFiles(getTranslation("rooms.photo.one")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("rooms.photo.uploading"))
                        .setProcessing(getTranslation("rooms.photo.uploading")).setHeld(getTranslation("rooms.photo.uploading")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("error.internal_error"))
                        .setUnexpectedServerError(getTranslation("error.internal_error"))
                        .setForbidden(getTranslation("error.forbidden"))));
        i18n.setFile(new UploadI18N.File().setStart(getTranslation("rooms.photo.choose"))
                .setRetry(getTranslation("rooms.photo.choose")).setRemove(getTranslation("rooms.photo.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }
}
