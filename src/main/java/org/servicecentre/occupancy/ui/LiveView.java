package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.servicecentre.occupancy.LiveCentre;
import org.servicecentre.occupancy.LiveCentreOption;
import org.servicecentre.occupancy.LiveOccupancy;

/**
 * What is going on at one centre right now: rooms in use and next, people in against the places, today's sessions and
 * the kiosks. Updates by itself (server push, see {@link LiveRefresher}). {@code ?centre=<id>} opens a centre; managers
 * start with their first one.
 */
@Route("occupancy/live")
@Menu(order = 8.1, icon = "vaadin:spark-line", title = "nav.live")
@RolesAllowed({"ADMIN", "REGION_OFFICER", "CENTRE_MANAGER"})
class LiveView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LiveOccupancy live;
    private final LiveRefresher refresher;
    private final Clock clock;
    private final List<LiveCentreOption> options;
    private final ComboBox<LiveCentreOption> picker = new ComboBox<>();
    private final Span updated = new Span();
    private final LiveBoard board = new LiveBoard();
    private volatile Long centreId;

    LiveView(LiveOccupancy live, LiveRefresher refresher, Clock clock) {
        this.live = live;
        this.refresher = refresher;
        this.clock = clock;
        this.options = live.centres();
        addClassName("live-view");
        setWidthFull();
        picker.setId("live-centre");
        picker.setAriaLabel(getTranslation("live.centre"));
        picker.setPlaceholder(getTranslation("live.centre"));
        picker.setItems(options);
        picker.setItemLabelGenerator(LiveCentreOption::name);
        picker.setWidth("22em");
        var pulse = VaadinIcon.CIRCLE.create();
        pulse.addClassName("live-pulse");
        updated.addClassName("live-updated");
        updated.setId("live-updated");
        var status = new HorizontalLayout(pulse, updated);
        status.setAlignItems(FlexComponent.Alignment.CENTER);
        status.setSpacing(false);
        status.addClassName("live-status");
        var header = new HorizontalLayout(picker, status);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("live-header");
        if (options.isEmpty()) {
            add(new Paragraph(getTranslation("live.noCentres")));
            return;
        }
        add(header, board);
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                select(e.getValue().id(), e.isFromClient());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (options.isEmpty()) {
            return;
        }
        var asked = event.getLocation().getQueryParameters().getSingleParameter("centre").orElse(null);
        var chosen = options.stream().filter(o -> String.valueOf(o.id()).equals(asked)).findFirst()
                .orElse(options.getFirst());
        picker.setValue(chosen);
    }

    private void select(long id, boolean fromClient) {
        centreId = id;
        if (fromClient) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "occupancy/live?centre=" + id));
        }
        show(live.centre(id, clock.instant()));
    }

    /** The centre on screen, for the refresher. */
    Long centreId() {
        return centreId;
    }

    /** Shows a snapshot (from the refresher, under the UI's lock) if it is still the centre on screen. */
    void show(LiveCentre snapshot) {
        if (centreId == null || snapshot.centreId() != centreId) {
            return;
        }
        board.show(snapshot);
        updated.setText(getTranslation("live.updated", CLOCK.format(snapshot.at().atZone(snapshot.zone()))));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresher.watch(this, event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        refresher.leave(this);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.title");
    }
}
