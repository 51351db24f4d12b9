package org.servicecentre.occupancy;

/** A centre, alliance or region a caller may report on, with its name, for pickers. */
public record ReportSubject(UsageSubject subject, String name) {
}
