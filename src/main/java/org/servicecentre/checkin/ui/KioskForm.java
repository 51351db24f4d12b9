package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.checkin.KioskDraft;
import org.servicecentre.shared.ui.FormDialog;

/** The dialog that adds a kiosk to a centre: its code and a name people recognise. */
class KioskForm extends FormDialog<KioskDraft> {

    private final TextField code = new TextField(getTranslation("kiosk.code"));
    private final TextField name = new TextField(getTranslation("kiosk.name"));

    KioskForm(CentreSummary centre) {
        super(KioskDraft.class);
        setHeaderTitle(getTranslation("kiosk.add.title", centre.name()));
        setWidth("min(560px, 95vw)");
        code.setMaxLength(40);
        code.setPlaceholder(centre.code() + "-ENTRANCE");
        code.setHelperText(getTranslation("kiosk.code.helper"));
        code.setId("kiosk-code");
        name.setMaxLength(100);
        name.setPlaceholder(getTranslation("kiosk.name.placeholder"));
        name.setId("kiosk-name");
        binder().forField(code).asRequired(getTranslation("form.required"))
                .withValidator(c -> c.strip().matches("[A-Za-z0-9][A-Za-z0-9-]*"), getTranslation("kiosk.code.format"))
                .withConverter(c -> c.strip().toUpperCase(Locale.ROOT), c -> c)
                .bind("code");
        binder().forField(name).asRequired(getTranslation("form.required")).bind("name");
        showErrorOn("KIOSK_CODE_TAKEN", code);
        form().add(code, name);
    }
}
