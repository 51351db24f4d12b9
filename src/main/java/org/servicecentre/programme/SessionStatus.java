package org.servicecentre.programme;

/** A session takes place as planned or was cancelled (its registrants are told). */
public enum SessionStatus {
    SCHEDULED, CANCELLED
}
