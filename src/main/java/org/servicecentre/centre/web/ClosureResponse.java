package org.servicecentre.centre.web;

import java.time.LocalDate;
import org.servicecentre.centre.ClosureSummary;

/** A closure as the API shows it; roomId and roomName are null when the whole centre closes. */
record ClosureResponse(long id, long centreId, Long roomId, String roomName, boolean wholeCentre, LocalDate firstDay,
                       LocalDate lastDay, String reason) {

    static ClosureResponse of(ClosureSummary c) {
        return new ClosureResponse(c.id(), c.centreId(), c.roomId(), c.roomName(), c.wholeCentre(), c.firstDay(),
                c.lastDay(), c.reason());
    }
}
