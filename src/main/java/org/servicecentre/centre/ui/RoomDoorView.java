package org.servicecentre.centre.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Base64;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * The printable door sign of a room: its QR door code, name, code and centre, and "scan to check in" in Chinese and
 * English. Only the sign prints. Editors may renew the code, which makes printed signs stop working.
 */
@Route("rooms/:roomId/door")
@RolesAllowed({"ADMIN", "CENTRE_MANAGER"})
class RoomDoorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int QR_PIXELS = 600;

    private final RoomService rooms;
    private final Image code = new Image();
    private String title = "";

    RoomDoorView(RoomService rooms) {
        this.rooms = rooms;
        addClassName("door-view");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RoomSummary room;
        try {
            room = rooms.get(Long.parseLong(event.getRouteParameters().get("roomId").orElse("")));
        } catch (NumberFormatException | NotFoundException | AccessDeniedException e) {
            event.forwardTo(RoomsView.class);
            return;
        }
        if (!rooms.mayEdit(room.centreId())) {
            event.forwardTo(RoomsView.class);
            return;
        }
        title = getTranslation("rooms.door.title", room.name());
        removeAll();
        add(actions(room), sign(room));
        showCode(room);
    }

    private Div actions(RoomSummary room) {
        var back = new Button(getTranslation("rooms.door.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(RoomsView.class));
        var print = new Button(getTranslation("rooms.door.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.setId("door-print");
        var renew = new Button(getTranslation("rooms.door.renew"), VaadinIcon.REFRESH.create(), e -> confirmRenew(room));
        renew.addThemeVariants(ButtonVariant.LUMO_ERROR);
        renew.setId("door-renew");
        var hint = new Paragraph(getTranslation("rooms.door.hint"));
        hint.addClassName("form-hint");
        var actions = new Div(new Div(back, print, renew), hint);
        actions.addClassName("door-actions");
        return actions;
    }

    private Div sign(RoomSummary room) {
        var name = new H1(room.name());
        name.addClassName("door-room-name");
        var codeLine = new Paragraph(room.code() + " · " + room.centreName());
        codeLine.addClassName("door-room-code");
        code.setAlt(getTranslation("rooms.door.alt", room.name()));
        code.setId("door-qr");
        code.addClassName("door-qr");
        var scan = new Paragraph(getTranslation("rooms.door.scan"));
        scan.addClassName("door-scan");
        var scanOther = new Paragraph(getTranslation("rooms.door.scan.second"));
        scanOther.addClassName("door-scan-second");
        var sign = new Div(name, codeLine, code, scan, scanOther);
        sign.addClassName("door-sign");
        return sign;
    }

    private void showCode(RoomSummary room) {
        code.setSrc("data:image/png;base64," + Base64.getEncoder().encodeToString(rooms.doorCode(room.id(), QR_PIXELS)));
    }

    private void confirmRenew(RoomSummary room) {
        Confirmations.destructive(getTranslation("rooms.door.renew.title"),
                getTranslation("rooms.door.renew.text", room.name()), getTranslation("rooms.door.renew.confirm"), () -> {
                    if (DomainErrors.attempt(() -> rooms.renewDoorCode(room.id())) != null) {
                        showCode(room);
                        Notifications.success(getTranslation("rooms.door.renewed"));
                    }
                });
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.rooms") : title;
    }
}
