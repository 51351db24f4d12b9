package org.servicecentre.programme.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.servicecentre.booking.OccurrencePreview;

/** One way of adding sessions in the add-sessions dialog: its fields, and the service call they make. */
interface SessionSource {

    Component component();

    /** Adds the sessions the fields describe; null when a field is bad or the service refused (already shown). */
    Added add();

    /** What was added: how many sessions, and the occurrences of a series that could not be booked. */
    record Added(int created, List<OccurrencePreview> skipped, boolean series) {
    }
}
