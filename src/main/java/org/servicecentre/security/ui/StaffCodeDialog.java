package org.servicecentre.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import org.servicecentre.security.IssuedStaffCode;
import org.servicecentre.shared.ui.Clipboard;

/**
 * Shows a new staff code exactly once: as a picture with the QR code to save to the phone (long press, or the save
 * link), and as text for typing. Only its hash is stored, so closing this dialog is the last chance to keep it.
 */
class StaffCodeDialog extends Dialog {

    StaffCodeDialog(IssuedStaffCode issued, String holderName) {
        setHeaderTitle(getTranslation("staffcode.shown.title"));
        setCloseOnOutsideClick(false);
        setId("staff-code-shown");
        addClassNames("secret-dialog", "staff-code-dialog");
        setWidth("min(560px, 95vw)");

        var warningIcon = VaadinIcon.WARNING.create();
        warningIcon.addClassName("secret-warning-icon");
        var warning = new Div(warningIcon, new Paragraph(getTranslation("staffcode.shown.warning")));
        warning.addClassName("secret-warning");

        var png = StaffCodePicture.png(issued.code(), getTranslation("staffcode.picture.title"), holderName,
                getTranslation("staffcode.picture.caption"));
        var image = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(png),
                getTranslation("staffcode.picture.alt"));
        image.setId("staff-code-picture");
        image.addClassName("staff-code-picture");

        // served from this session only while the dialog is open; a data: link would be refused as unsafe
        var fileName = getTranslation("staffcode.picture.file");
        var save = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(png), fileName, "image/png", png.length)), "");
        save.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("staffcode.shown.save")));
        save.setId("staff-code-save");
        save.addClassName("staff-code-save");
        var saveHint = new Paragraph(getTranslation("staffcode.shown.save.hint"));
        saveHint.addClassName("profile-hint");

        var text = new TextField(getTranslation("staffcode.shown.text"));
        text.setValue(issued.code());
        text.setReadOnly(true);
        text.setAutoselect(true);
        text.setWidthFull();
        text.setId("staff-code-text");
        text.addClassNames("secret-field", "long");
        var copy = new Button(getTranslation("secret.copy"), VaadinIcon.COPY_O.create(),
                e -> Clipboard.copy(text, issued.code(), getTranslation("secret.copied"),
                        getTranslation("secret.copy-failed")));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var textRow = new Div(text, copy);
        textRow.addClassName("staff-code-text-row");

        var body = new Div(warning, image, save, saveHint, textRow);
        body.addClassName("staff-code-body");
        add(body);
        var done = new Button(getTranslation("staffcode.shown.done"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("staff-code-done");
        getFooter().add(done);
    }
}
