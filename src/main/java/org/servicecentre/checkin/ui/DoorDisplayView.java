package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.servicecentre.centre.RoomService;
import org.servicecentre.checkin.DoorDisplay;
import org.servicecentre.checkin.DoorDisplays;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The small screen by a room's door: what is on now (or free until when), what comes next today, how many have checked
 * in for the session now against the room's capacity, and the room's door QR for staff. It refreshes itself every
 * minute by polling ({@code UI.setPollInterval}, set while attached). Only rooms of the kiosk's own centre; another
 * centre's room, or an unknown one, gets a plain "not this centre" page.
 * <p>
 * Open to anyone, like the kiosk landing, so that a browser without a (valid) device token is sent to pairing; the
 * data comes from {@link DoorDisplays}, which only a kiosk of the centre (or its staff) may call.
 */
@Route(value = "kiosk/door/:roomId", layout = KioskLayout.class)
@AnonymousAllowed
class DoorDisplayView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int REFRESH_MILLIS = 60_000;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final DoorDisplays displays;
    private final RoomService rooms;
    private final CurrentUser currentUser;
    private long roomId;
    private String roomName = "";
    private Registration polling;

    DoorDisplayView(DoorDisplays displays, RoomService rooms, CurrentUser currentUser) {
        this.displays = displays;
        this.rooms = rooms;
        this.currentUser = currentUser;
        addClassName("door");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.device().isEmpty()) {
            event.forwardTo(KioskPairView.class);
            return;
        }
        roomId = event.getRouteParameters().getLong("roomId").orElse(-1L);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        ui.setPollInterval(REFRESH_MILLIS);
        polling = ui.addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    /** Reads the display again and redraws it. */
    void refresh() {
        if (currentUser.device().isEmpty()) {
            // revoked or re-paired meanwhile: the device must pair again
            getUI().ifPresent(ui -> ui.navigate(KioskPairView.class));
            return;
        }
        removeAll();
        removeClassNames("door-busy", "door-free", "door-elsewhere");
        DoorDisplay display;
        try {
            display = displays.of(roomId);
        } catch (AccessDeniedException | NotFoundException notHere) {
            roomName = "";
            showNotThisCentre();
            return;
        }
        roomName = display.roomName();
        addClassName(display.busy() ? "door-busy" : "door-free");
        add(header(display), now(display), next(display), qr(display));
    }

    private Div header(DoorDisplay display) {
        var room = new H1(display.roomName());
        room.setId("door-room");
        room.addClassName("door-room");
        var centre = new Span(display.centreName());
        centre.addClassName("door-centre");
        var clock = new Span(time(display.at(), display.zone()));
        clock.setId("door-clock");
        clock.addClassName("door-clock");
        var names = new Div(room, centre);
        names.addClassName("door-names");
        var header = new Div(names, clock);
        header.addClassName("door-header");
        return header;
    }

    private Div now(DoorDisplay display) {
        var label = new Span(getTranslation("kiosk.door.now"));
        label.addClassName("door-label");
        var panel = new Div(label);
        panel.setId("door-now");
        panel.addClassName("door-now");
        var zone = display.zone();
        if (display.busy()) {
            var use = display.now();
            panel.add(line("door-what", use.title() == null ? getTranslation("kiosk.door.booked") : use.title()));
            if (use.organisationName() != null) {
                panel.add(line("door-who", use.organisationName()));
            }
            panel.add(line("door-until", getTranslation("kiosk.door.until", time(use.end(), zone))));
            if (use.sessionId() != null) {
                var count = display.capacity() == null
                        ? getTranslation("kiosk.door.checked-in", display.checkedIn())
                        : getTranslation("kiosk.door.checked-in-of", display.checkedIn(), display.capacity());
                var people = new Paragraph(VaadinIcon.USERS.create(), new Span(count));
                people.setId("door-count");
                people.addClassName("door-count");
                panel.add(people);
            }
        } else {
            panel.add(line("door-what", getTranslation("kiosk.door.free")));
            panel.add(line("door-until", display.freeUntil() == null ? getTranslation("kiosk.door.free-today")
                    : getTranslation("kiosk.door.until", time(display.freeUntil(), zone))));
        }
        return panel;
    }

    private Div next(DoorDisplay display) {
        var label = new Span(getTranslation("kiosk.door.next"));
        label.addClassName("door-label");
        var panel = new Div(label);
        panel.setId("door-next");
        panel.addClassName("door-next");
        var use = display.next();
        if (use == null) {
            panel.add(line("door-next-what", getTranslation("kiosk.door.nothing-next")));
            return panel;
        }
        var zone = display.zone();
        panel.add(line("door-next-when", getTranslation("kiosk.door.span", time(use.start(), zone),
                time(use.end(), zone))));
        var what = use.title() == null ? getTranslation("kiosk.door.booked") : use.title();
        panel.add(line("door-next-what", use.organisationName() == null ? what
                : getTranslation("kiosk.door.what-who", what, use.organisationName())));
        return panel;
    }

    private Div qr(DoorDisplay display) {
        byte[] png = rooms.doorCode(display.roomId(), 360);
        var image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(png), "door-" + display.roomId() + ".png", "image/png", png.length)),
                getTranslation("kiosk.door.qr-alt", display.roomName()));
        image.setId("door-qr");
        image.addClassName("door-qr-image");
        var hint = new Span(getTranslation("kiosk.door.qr-hint"));
        hint.addClassName("door-qr-hint");
        var box = new Div(image, hint);
        box.addClassName("door-qr");
        return box;
    }

    private void showNotThisCentre() {
        addClassName("door-elsewhere");
        var icon = VaadinIcon.INFO_CIRCLE.create();
        icon.addClassName("door-elsewhere-icon");
        var title = new H1(getTranslation("kiosk.door.elsewhere.title"));
        title.setId("door-elsewhere");
        title.addClassName("door-room");
        var hint = new Paragraph(getTranslation("kiosk.door.elsewhere.hint"));
        hint.addClassName("kiosk-hint");
        var box = new Div(icon, title, hint);
        box.addClassName("door-elsewhere-box");
        add(box);
    }

    private static Paragraph line(String className, String text) {
        var line = new Paragraph(text);
        line.addClassName(className);
        return line;
    }

    private static String time(Instant at, ZoneId zone) {
        return HH_MM.format(at.atZone(zone));
    }

    @Override
    public String getPageTitle() {
        return roomName.isEmpty() ? getTranslation("kiosk.door.elsewhere.title")
                : getTranslation("kiosk.door.title", roomName);
    }
}
