package org.servicecentre.occupancy.ui;

import org.servicecentre.occupancy.UsageSubject;

/** A room, centre, alliance or region offered in a picker, with what the user reads. */
record SubjectChoice(UsageSubject subject, String name, String detail) {

    String label() {
        return detail == null || detail.isBlank() ? name : name + " · " + detail;
    }
}
