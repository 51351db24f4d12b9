package org.servicecentre.programme;

import java.util.List;

/** A session's attendance list: registered first, then the waitlist in order, then walk-ins. */
public record AttendanceSheet(SessionSummary session, List<AttendanceRow> rows, boolean mayMark) {

    public AttendanceSheet {
        rows = List.copyOf(rows);
    }
}
