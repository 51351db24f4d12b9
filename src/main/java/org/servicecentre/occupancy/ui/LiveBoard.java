package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.servicecentre.occupancy.LiveCentre;

/** Draws one {@link LiveCentre} snapshot: headline figures, the rooms, today's sessions and the kiosks. */
class LiveBoard extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Div figures = new Div();
    private final Paragraph roomsSummary = new Paragraph();
    private final Div rooms = new Div();
    private final Grid<LiveCentre.LiveSession> sessions = new Grid<>();
    private final Div kiosks = new Div();
    private LiveCentre shown;

    LiveBoard() {
        addClassName("live-board");
        setPadding(false);
        setWidthFull();
        figures.addClassNames("figures", "live-figures");
        roomsSummary.addClassName("live-summary");
        roomsSummary.setId("live-rooms-summary");
        rooms.addClassNames("cards", "live-rooms");
        rooms.setId("live-rooms");
        kiosks.addClassName("live-kiosks");
        kiosks.setId("live-kiosks");
        sessions.setId("live-sessions");
        sessions.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        sessions.setAllRowsVisible(true);
        sessions.setEmptyStateText(getTranslation("live.sessions.empty"));
        columns();
        add(figures, heading("live.rooms"), roomsSummary, rooms, heading("live.sessions"), sessions,
                heading("live.kiosks"), kiosks);
    }

    private H3 heading(String key) {
        var heading = new H3(getTranslation(key));
        heading.addClassName("live-heading");
        return heading;
    }

    private void columns() {
        sessions.addColumn(s -> time(s.start()) + "–" + time(s.end())).setHeader(getTranslation("live.sessions.time"))
                .setWidth("8em").setFlexGrow(0);
        sessions.addComponentColumn(this::sessionTitle).setHeader(getTranslation("live.sessions.programme"))
                .setFlexGrow(3);
        sessions.addColumn(LiveCentre.LiveSession::place).setHeader(getTranslation("live.sessions.place"))
                .setFlexGrow(1);
        sessions.addColumn(LiveCentre.LiveSession::registered).setHeader(getTranslation("live.sessions.registered"))
                .setWidth("8.5em").setFlexGrow(0);
        sessions.addColumn(LiveCentre.LiveSession::checkedIn).setHeader(getTranslation("live.sessions.checkedIn"))
                .setWidth("8.5em").setFlexGrow(0);
        sessions.addColumn(s -> s.capacity() == null ? "–" : String.valueOf(s.capacity()))
                .setHeader(getTranslation("live.sessions.capacity")).setWidth("7em").setFlexGrow(0);
        sessions.addComponentColumn(this::sessionState).setHeader(getTranslation("live.sessions.state"))
                .setWidth("8em").setFlexGrow(0);
    }

    void show(LiveCentre centre) {
        shown = centre;
        figures.removeAll();
        long running = centre.sessions().stream().filter(s -> s.runningAt(centre.at())).count();
        var people = figure("live.figure.people", getTranslation("live.figure.ofCapacity", centre.peopleIn(),
                centre.capacity()), centre.fill() == null ? getTranslation("live.figure.noRooms")
                : getTranslation("live.figure.fill", Math.round(centre.fill() * 100)));
        if (centre.fill() != null) {
            var bar = new ProgressBar(0, 1, Math.min(1, centre.fill()));
            bar.addClassName("live-fill");
            people.add(bar);
        }
        figures.add(people,
                figure("live.figure.rooms", getTranslation("live.figure.ofCapacity", centre.roomsInUse(),
                        centre.rooms().size()), getTranslation("live.figure.roomsHint")),
                figure("live.figure.sessions", String.valueOf(centre.sessions().size()),
                        getTranslation("live.figure.sessionsRunning", running)),
                figure("live.figure.kiosks", getTranslation("live.figure.ofCapacity", centre.kiosksOnline(),
                        centre.kiosks().size()), getTranslation("live.figure.kiosksHint")));
        showRooms(centre);
        sessions.setItems(centre.sessions());
        showKiosks(centre);
    }

    private Div figure(String key, String value, String hint) {
        var label = new Span(getTranslation(key));
        label.addClassName("live-figure-label");
        var number = new Span(value);
        number.addClassNames("figure-value", "live-figure-value");
        var line = new Span(hint);
        line.addClassName("live-figure-hint");
        var figure = new Div(label, number, line);
        figure.addClassNames("figure", "live-figure");
        return figure;
    }

    private void showRooms(LiveCentre centre) {
        rooms.removeAll();
        centre.rooms().forEach(room -> rooms.add(roomCard(room, centre.zone())));
        var next = centre.rooms().stream().filter(r -> r.next() != null)
                .min(java.util.Comparator.comparing(r -> r.next().start())).orElse(null);
        if (centre.rooms().isEmpty()) {
            roomsSummary.setText(getTranslation("live.rooms.none"));
        } else if (centre.roomsInUse() > 0) {
            roomsSummary.setText(getTranslation("live.rooms.inUse", centre.roomsInUse(), centre.rooms().size()));
        } else if (next != null) {
            roomsSummary.setText(getTranslation("live.rooms.idleNext", time(next.next().start(), centre.zone()),
                    next.name(), next.next().title()));
        } else {
            roomsSummary.setText(getTranslation("live.rooms.idle"));
        }
    }

    private Div roomCard(LiveCentre.LiveRoom room, ZoneId zone) {
        var name = new Span(room.name());
        name.addClassName("card-title");
        var places = new Span(getTranslation("live.room.places", room.capacity()));
        places.addClassName("live-room-places");
        var badge = new Span(getTranslation(room.now() != null ? "live.room.busy" : "live.room.free"));
        badge.addClassNames("badge", room.now() != null ? "success" : "muted");
        var top = new Div(name, places, badge);
        top.addClassName("live-room-top");
        var card = new Div(top);
        card.addClassNames("card", "live-room", room.now() != null ? "live-room--busy" : "live-room--free");
        if (room.now() != null) {
            var use = room.now();
            var title = new Paragraph(use.title());
            title.addClassName("live-room-title");
            card.add(title, line(getTranslation("live.room.until", use.organisationName(), time(use.end(), zone))));
        }
        card.add(line(room.next() == null ? getTranslation("live.room.noNext")
                : getTranslation("live.room.next", time(room.next().start(), zone), time(room.next().end(), zone),
                room.next().title())));
        return card;
    }

    private static Paragraph line(String text) {
        var line = new Paragraph(text);
        line.addClassName("card-line");
        return line;
    }

    private Component sessionTitle(LiveCentre.LiveSession session) {
        var title = new Span(session.title());
        title.addClassName("live-session-title");
        var organisation = new Span(session.organisationName());
        organisation.addClassName("live-session-organisation");
        return new Div(title, organisation);
    }

    private Component sessionState(LiveCentre.LiveSession session) {
        var at = shown.at();
        String state = session.runningAt(at) ? "running" : session.overAt(at) ? "over" : "coming";
        var badge = new Span(getTranslation("live.sessions.state." + state));
        badge.addClassNames("badge", switch (state) {
            case "running" -> "success";
            case "over" -> "muted";
            default -> "coming";
        });
        return badge;
    }

    private void showKiosks(LiveCentre centre) {
        kiosks.removeAll();
        if (centre.kiosks().isEmpty()) {
            var none = new Span(getTranslation("live.kiosks.none"));
            none.addClassName("empty-state");
            kiosks.add(none);
            return;
        }
        for (var kiosk : centre.kiosks()) {
            String seen = kiosk.lastSeenAt() == null ? getTranslation("live.kiosks.never")
                    : time(kiosk.lastSeenAt(), centre.zone());
            var chip = new Span(getTranslation(kiosk.online() ? "live.kiosks.online" : "live.kiosks.offline",
                    kiosk.name(), seen));
            chip.addClassNames("badge", "live-kiosk", kiosk.online() ? "success" : "error");
            kiosks.add(chip);
        }
    }

    private String time(Instant instant) {
        return time(instant, shown.zone());
    }

    private static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }
}
