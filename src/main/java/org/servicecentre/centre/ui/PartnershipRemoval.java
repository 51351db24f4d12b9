package org.servicecentre.centre.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.servicecentre.centre.PartnershipService;
import org.servicecentre.centre.PartnershipSummary;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/** Asks before removing a partnership, removes it, and tells the user; shared by the list and the centre page. */
class PartnershipRemoval {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final PartnershipService partnerships;
    private final Runnable refresh;

    PartnershipRemoval(PartnershipService partnerships, Runnable refresh) {
        this.partnerships = partnerships;
        this.refresh = refresh;
    }

    static String date(Instant instant) {
        return DATE.withZone(ZONE).format(instant);
    }

    void ask(PartnershipSummary partnership) {
        var ui = UI.getCurrent();
        var dialog = Confirmations.destructive(ui.getTranslation("partnerships.remove.title"),
                ui.getTranslation("partnerships.remove.text", partnership.organisationName(), partnership.targetName()),
                ui.getTranslation("partnerships.remove"), () -> remove(partnership));
        dialog.setId("confirm-remove-partnership");
    }

    void created(PartnershipSummary partnership) {
        Notifications.success(UI.getCurrent().getTranslation("partnerships.created", partnership.organisationName(),
                partnership.targetName()));
    }

    private void remove(PartnershipSummary partnership) {
        if (DomainErrors.attempt(() -> partnerships.remove(partnership.id()))) {
            Notifications.success(UI.getCurrent().getTranslation("partnerships.removed"));
            refresh.run();
        }
    }
}
